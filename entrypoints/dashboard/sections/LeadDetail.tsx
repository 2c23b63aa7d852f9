import { useState } from 'react';
import { ActivityTimeline } from '@/components/ActivityTimeline';
import { LeadPanel } from '@/components/LeadPanel';
import { useLead } from '@/lib/hooks/useLeads';
import { useLeadActivities } from '@/lib/hooks/useLeadsTable';
import { t } from '@/lib/i18n';

/** Activities shown per page of the timeline. */
const TIMELINE_PAGE = 50;

/**
 * One lead opened from the leads table (#leads?…&lead=<id>): the side panel's lead view and
 * workspace with the room of a page, and the lead's full activity timeline.
 */
export function LeadDetail({ leadId, backHref }: { leadId: string; backHref: string }) {
  const lead = useLead(leadId);
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const timeline = useLeadActivities(leadId, limit);
  return (
    <div className="lead-detail">
      <p>
        <a href={backHref}>← {t('lt_back')}</a>
      </p>
      {lead === null && <p role="alert">{t('lt_leadMissing')}</p>}
      {lead && (
        <div className="lead-detail-columns">
          <div>
            <LeadPanel lead={lead} />
          </div>
          {timeline && (
            <ActivityTimeline
              activities={timeline.activities}
              total={timeline.total}
              onShowMore={() => setLimit((l) => l + TIMELINE_PAGE)}
            />
          )}
        </div>
      )}
    </div>
  );
}
