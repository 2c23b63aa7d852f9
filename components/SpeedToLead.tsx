import { Fragment, type ReactNode } from 'react';
import { currentLocale, type MessageKey, t, template } from '@/lib/i18n';
import { formatDuration, type SpeedToLeadResult } from '@/lib/speedToLead';

interface Props {
  result: SpeedToLeadResult;
  now: Date;
  /** For dates and durations; the UI language's locale (currentLocale()) when absent. */
  locale?: string;
}

type Clocked = Exclude<SpeedToLeadResult, { status: 'not-mql' }>;

/** `{0}`, `{1}`, ... in a UI string replaced by React nodes (a <time>, plain text). */
function fill(key: MessageKey, ...values: ReactNode[]): ReactNode {
  // split() with a capture group puts the placeholder numbers at the odd positions.
  return template(key)
    .split(/\{(\d)\}/)
    .map((part, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string never reorder
      <Fragment key={i}>{i % 2 === 1 ? values[Number(part)] : part}</Fragment>
    ));
}

function StatusLine({ result, now, duration }: { result: Clocked; now: Date; duration: (ms: number) => string }) {
  switch (result.status) {
    case 'touched':
      return result.breached ? (
        <p>
          {fill(
            'stl_touchedLate',
            duration(result.waitedMs),
            duration(result.firstTouchAt - result.dueAt),
            duration(result.dueAt - result.mqlAt),
          )}
        </p>
      ) : (
        <p>{fill('stl_touched', duration(result.waitedMs))}</p>
      );
    case 'waiting':
      return <p>{fill('stl_waiting', duration(Math.max(0, result.dueAt - now.getTime())))}</p>;
    case 'overdue':
      // Warned in words (and a sign), not by colour alone; role="alert" is also red in theme.css.
      return (
        <p role="alert" className="sla-overdue">
          <span aria-hidden="true">⚠ </span>
          <strong>{fill('stl_overdue', duration(result.overdueByMs))}</strong>
        </p>
      );
  }
}

/** How fast this MQL got (or is waiting for) a first touch from sales; nothing if it is no MQL. */
export function SpeedToLead({ result, now, locale = currentLocale() }: Props) {
  if (result.status === 'not-mql') return null;
  const duration = (ms: number) => formatDuration(ms, locale);
  const mqlAt = new Date(result.mqlAt);
  const since = (
    <time dateTime={mqlAt.toISOString()}>
      {mqlAt.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}
    </time>
  );
  return (
    <section aria-labelledby="speed-to-lead-heading" className="card speed-to-lead">
      <h2 id="speed-to-lead-heading">{t('stl_heading')}</h2>
      <p className="small muted">{fill('stl_mqlSince', since, duration(Math.max(0, now.getTime() - result.mqlAt)))}</p>
      <StatusLine result={result} now={now} duration={duration} />
    </section>
  );
}
