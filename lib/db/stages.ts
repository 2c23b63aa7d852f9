import type { LeadLensDB } from './database';
import type { StageName } from './records';

/** A person sets a lead's stage by hand, with a reason; the score stops moving it. */
export async function setManualStage(
  db: LeadLensDB,
  leadId: string,
  stage: StageName,
  reason: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.leads, async () => {
    const lead = await db.leads.get(leadId);
    if (!lead) throw new Error(`no lead with id ${leadId}`);
    if (lead.stage === stage && lead.stageManual) return;
    const at = now.getTime();
    await db.leads.put({
      ...lead,
      stage,
      stageManual: true,
      updatedAt: at,
      stageHistory: [...lead.stageHistory, { at, from: lead.stage, to: stage, cause: 'manual', reason }],
    });
  });
}
