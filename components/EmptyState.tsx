import type { FollowUp } from '@/lib/db/leadQueries';
import type { LeadRecord } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import { HotList } from './HotList';
import { LeadSearch } from './LeadSearch';
import { StageBadge } from './StageBadge';

interface Props {
  recent: LeadRecord[];
  hot: LeadRecord[];
  followUps: FollowUp[];
  onPick: (leadId: string) => void;
}

/** Shown when the active tab is not a lead page: what to do, search, the hot list and follow-ups. */
export function EmptyState({ recent, hot, followUps, onPick }: Props) {
  return (
    <section className="empty">
      <h1>{t('emptyTitle')}</h1>
      <p>{t('emptyHint')}</p>
      <LeadSearch onPick={onPick} />
      <HotList hot={hot} followUps={followUps} onPick={onPick} />
      {recent.length > 0 && (
        <>
          <h2>{t('recentHeading')}</h2>
          <ul className="recent">
            {recent.map((lead) => (
              <li key={lead.id}>
                <button type="button" className="link-button" onClick={() => onPick(lead.id)}>
                  {lead.name}
                </button>
                {lead.company && <span className="muted small"> · {lead.company}</span>}{' '}
                <StageBadge stage={lead.stage} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
