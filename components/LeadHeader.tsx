import type { LeadRecord } from '@/lib/db/records';
import { t } from '@/lib/i18n';
import { StageBadge } from './StageBadge';

/** Who the lead is: name, current role, company, location, where we saw them, and their stage. */
export function LeadHeader({ lead }: { lead: LeadRecord }) {
  const role = [lead.title ?? lead.headline, lead.company].filter(Boolean).join(' · ');
  return (
    <header className="lead-header">
      <div className="lead-title-row">
        <h1>{lead.name}</h1>
        <StageBadge stage={lead.stage} manual={lead.stageManual} />
      </div>
      {role && <p className="role">{role}</p>}
      {lead.location && <p className="muted">{lead.location}</p>}
      <p className="muted small">{t('sources', lead.sources.join(', '))}</p>
    </header>
  );
}
