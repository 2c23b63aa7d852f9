import { type ReactNode, useId } from 'react';
import type { FollowUp } from '@/lib/db/leadQueries';
import type { LeadRecord } from '@/lib/db/records';
import { StageBadge } from './StageBadge';

/** English defaults; `{0}` and `{1}` are replaced by values. */
export const hotListText = {
  hotHeading: 'Hot leads',
  noHot: 'No MQLs or high-scoring leads yet.',
  followUpsHeading: 'Follow-ups due',
  noFollowUps: 'No follow-ups due.',
  /** {0}: score cell (A2), {1}: score total. */
  score: '{0} · {1} points',
  /** {0}: the revisit date in the user's locale. */
  due: 'due {0}',
  unnamed: 'Unnamed lead',
};
export type HotListText = typeof hotListText;

const fill = (template: string, ...values: (string | number)[]) =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));

interface HotListProps {
  hot: LeadRecord[];
  followUps: Pick<FollowUp, 'lead' | 'revisitAt'>[];
  onPick: (leadId: string) => void;
  text?: HotListText;
  /** For dates; the browser's language when absent. */
  locale?: string;
}

/** Two short lists to start the day with: the hottest leads and the nurtured leads due a follow-up. */
export function HotList({ hot, followUps, onPick, text = hotListText, locale }: HotListProps) {
  const id = useId();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <>
      <section aria-labelledby={`${id}-hot`}>
        <h2 id={`${id}-hot`}>{text.hotHeading}</h2>
        {hot.length === 0 ? (
          <p className="muted small">{text.noHot}</p>
        ) : (
          <ul className="recent">
            {hot.map((lead) => (
              <li key={lead.id}>
                <LeadButton lead={lead} text={text} onPick={onPick}>
                  {lead.score && (
                    <span className="muted small">{fill(text.score, lead.score.cell, lead.score.total)}</span>
                  )}
                </LeadButton>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-due`}>
        <h2 id={`${id}-due`}>{text.followUpsHeading}</h2>
        {followUps.length === 0 ? (
          <p className="muted small">{text.noFollowUps}</p>
        ) : (
          <ul className="recent">
            {followUps.map(({ lead, revisitAt }) => (
              <li key={lead.id}>
                <LeadButton lead={lead} text={text} onPick={onPick}>
                  <time className="muted small" dateTime={new Date(revisitAt).toISOString()}>
                    {fill(text.due, dates.format(revisitAt))}
                  </time>
                </LeadButton>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One lead as a button: name, company, the given detail and the stage badge. */
function LeadButton({
  lead,
  text,
  onPick,
  children,
}: {
  lead: LeadRecord;
  text: HotListText;
  onPick: (leadId: string) => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="link-button hot-lead" onClick={() => onPick(lead.id)}>
      <span className="role">{lead.name ?? text.unnamed}</span>
      {lead.company && <span className="muted small"> · {lead.company}</span>} {children}{' '}
      <StageBadge stage={lead.stage} />
    </button>
  );
}
