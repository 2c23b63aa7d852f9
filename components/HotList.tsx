import { type ReactNode, useId } from 'react';
import type { FollowUp } from '@/lib/db/leadQueries';
import type { LeadRecord } from '@/lib/db/records';
import { currentLocale, t } from '@/lib/i18n';
import { StageBadge } from './StageBadge';

interface HotListProps {
  hot: LeadRecord[];
  followUps: Pick<FollowUp, 'lead' | 'revisitAt'>[];
  onPick: (leadId: string) => void;
  /** For dates; the UI language's locale (currentLocale()) when absent. */
  locale?: string;
}

/** Two short lists to start the day with: the hottest leads and the nurtured leads due a follow-up. */
export function HotList({ hot, followUps, onPick, locale = currentLocale() }: HotListProps) {
  const id = useId();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <>
      <section aria-labelledby={`${id}-hot`}>
        <h2 id={`${id}-hot`}>{t('hot_heading')}</h2>
        {hot.length === 0 ? (
          <p className="muted small">{t('hot_none')}</p>
        ) : (
          <ul className="recent">
            {hot.map((lead) => (
              <li key={lead.id}>
                <LeadButton lead={lead} onPick={onPick}>
                  {lead.score && (
                    <span className="muted small">{t('hot_score', lead.score.cell, lead.score.total)}</span>
                  )}
                </LeadButton>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-due`}>
        <h2 id={`${id}-due`}>{t('hot_followUpsHeading')}</h2>
        {followUps.length === 0 ? (
          <p className="muted small">{t('hot_noFollowUps')}</p>
        ) : (
          <ul className="recent">
            {followUps.map(({ lead, revisitAt }) => (
              <li key={lead.id}>
                <LeadButton lead={lead} onPick={onPick}>
                  <time className="muted small" dateTime={new Date(revisitAt).toISOString()}>
                    {t('hot_due', dates.format(revisitAt))}
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
  onPick,
  children,
}: {
  lead: LeadRecord;
  onPick: (leadId: string) => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="link-button hot-lead" onClick={() => onPick(lead.id)}>
      <span className="role">{lead.name ?? t('unnamedLead')}</span>
      {lead.company && <span className="muted small"> · {lead.company}</span>} {children}{' '}
      <StageBadge stage={lead.stage} />
    </button>
  );
}
