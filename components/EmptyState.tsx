import type { LeadRecord } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import { StageBadge } from './StageBadge';

/** Shown when the active tab is not a lead page: what to do, and the latest leads. */
export function EmptyState({ recent }: { recent: LeadRecord[] }) {
  return (
    <section className="empty">
      <h1>{t('emptyTitle')}</h1>
      <p>{t('emptyHint')}</p>
      {recent.length > 0 && (
        <>
          <h2>{t('recentHeading')}</h2>
          <ul className="recent">
            {recent.map((lead) => (
              <li key={lead.id}>
                <span>{lead.name}</span>
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
