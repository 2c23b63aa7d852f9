import type { LeadRecord } from '@/lib/db/records';
import { useMergesInto, usePossibleMatches } from '@/lib/hooks/useLeadIdentity';
import { sendToBackground } from '@/lib/messaging/send';
import { FieldProvenance } from './FieldProvenance';
import { MergeHistory } from './MergeHistory';
import { PossibleMatchQuestion } from './PossibleMatchQuestion';

/** One lead's identity: "possibly the same person" questions, where each value comes from, merges to undo. */
export function LeadIdentity({ lead }: { lead: LeadRecord }) {
  const matches = usePossibleMatches(lead);
  const merges = useMergesInto(lead.id);
  const leadId = lead.id;
  return (
    <>
      {matches?.map((match) => (
        <PossibleMatchQuestion
          key={match.lead.id}
          other={match.lead}
          reason={match.reason}
          // The lead on screen stays: the other one moves into it (the panel keeps showing this lead).
          onMerge={async () => {
            await sendToBackground({ type: 'merge-leads', keptId: leadId, removedId: match.lead.id });
          }}
          onDismiss={async () => {
            await sendToBackground({ type: 'dismiss-match', leadId, otherId: match.lead.id });
          }}
        />
      ))}
      {merges && (
        <MergeHistory
          merges={merges}
          onUndo={async (mergeId) => {
            await sendToBackground({ type: 'undo-merge', mergeId });
          }}
        />
      )}
      <FieldProvenance
        lead={lead}
        onPin={async (field, entryKey) => {
          await sendToBackground({ type: 'pin-field', leadId, field, entryKey });
        }}
      />
    </>
  );
}
