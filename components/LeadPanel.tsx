import { useState } from 'react';
import type { LeadRecord } from '@/lib/db/records';
import { useEngagementTypes } from '@/lib/hooks/useEngagementTypes';
import { useLeadInsight } from '@/lib/hooks/useLeadInsight';
import { useOpenCall, useQualification } from '@/lib/hooks/useQualification';
import { localDay } from '@/lib/manualEntry';
import { sendToBackground } from '@/lib/messaging/send';
import { EditLeadForm } from './EditLeadForm';
import { LeadIdentity } from './LeadIdentity';
import { LeadView } from './LeadView';
import { LeadWorkspace } from './LeadWorkspace';
import { ManualActivityForm } from './ManualActivityForm';
import { SpeedToLead } from './SpeedToLead';
import { WhatWouldChange } from './WhatWouldChange';

/**
 * One lead in the side panel: who, stage, score and reasons, speed to lead, qualification, call,
 * outcome, and the rep's own corrections and activities.
 */
export function LeadPanel({ lead }: { lead: LeadRecord }) {
  const [now] = useState(() => new Date());
  const insight = useLeadInsight(lead, now);
  const qualification = useQualification(lead, now);
  const call = useOpenCall(lead.id);
  const engagementTypes = useEngagementTypes();
  const leadId = lead.id;

  return (
    <>
      <LeadView
        lead={lead}
        explanation={insight?.result}
        now={now}
        onStageChange={async (stage, reason) => {
          await sendToBackground({ type: 'set-stage', leadId, stage, reason });
        }}
      />
      <LeadIdentity lead={lead} />
      {insight && <SpeedToLead result={insight.speed} now={now} />}
      {insight && <WhatWouldChange items={insight.changes} />}
      {qualification && call !== undefined && (
        <LeadWorkspace
          lead={lead}
          qualification={qualification}
          call={call}
          now={now}
          onAnswer={async (itemId, status, answer, confidence) => {
            await sendToBackground({ type: 'save-answer', leadId, itemId, status, answer, confidence });
          }}
          onFrameworkChange={(framework) => void sendToBackground({ type: 'set-framework', leadId, framework })}
          onStartCall={async () => {
            const noteId = crypto.randomUUID();
            await sendToBackground({
              type: 'save-call-notes',
              leadId,
              noteId,
              startedAt: Date.now(),
              text: '[00:00] ',
            });
          }}
          onCallNotes={async (c, text) => {
            await sendToBackground({ type: 'save-call-notes', leadId, noteId: c.id, startedAt: c.startedAt, text });
          }}
          onEndCall={async (c) => {
            await sendToBackground({ type: 'end-call', leadId, noteId: c.id });
          }}
          onOutcome={async (choice) => {
            await sendToBackground({ type: 'record-outcome', leadId, ...choice });
          }}
        />
      )}
      <EditLeadForm
        key={leadId}
        lead={lead}
        onSave={async (fields) => {
          await sendToBackground({ type: 'update-lead-fields', leadId, fields });
        }}
      />
      {engagementTypes && (
        <ManualActivityForm
          key={`activity-${leadId}`}
          types={engagementTypes}
          today={localDay(now)}
          onAdd={async (activity) => {
            const reply = await sendToBackground({ type: 'add-manual-activity', leadId, activity });
            return reply.added !== false;
          }}
        />
      )}
    </>
  );
}
