import type { StageChange } from '@/lib/db/records';
import { t } from '@/lib/i18n';

/** Every stage change with its time and cause, newest first. */
export function StageHistory({ history }: { history: StageChange[] }) {
  return (
    <section aria-labelledby="history-heading" className="card">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <ol className="history">
        {[...history].reverse().map((change) => (
          <li key={`${change.at}-${change.to}`}>
            <time dateTime={new Date(change.at).toISOString()}>{new Date(change.at).toLocaleString()}</time>{' '}
            <strong>{t(`stage_${change.to}`)}</strong> · {t(`cause_${change.cause}`)}
            {change.reason && <span className="muted"> · {change.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
