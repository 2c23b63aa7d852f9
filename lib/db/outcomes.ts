import type { LeadLensDB } from './database';
import type { OutcomeRecord, StageName } from './records';

const STAGE_OF: Record<OutcomeRecord['outcome'], StageName> = {
  won: 'customer',
  lost: 'lost',
  'sql-accepted': 'sql',
  disqualified: 'disqualified',
  nurture: 'nurture',
};

export interface OutcomeInput {
  leadId: string;
  outcome: OutcomeRecord['outcome'];
  reason?: string;
  revisitAt?: number;
}

/**
 * Records how a lead ended (the labels calibration learns from) and moves it to the matching
 * stage as a person's decision: the score will not move it back.
 */
export async function recordOutcome(db: LeadLensDB, input: OutcomeInput, now: Date): Promise<void> {
  if ((input.outcome === 'lost' || input.outcome === 'disqualified') && !input.reason?.trim()) {
    throw new Error(`a reason is required for ${input.outcome}`);
  }
  if (input.outcome === 'nurture' && input.revisitAt === undefined) throw new Error('nurture needs a revisit date');
  await db.transaction('rw', db.leads, db.outcomes, async () => {
    const lead = await db.leads.get(input.leadId);
    if (!lead) throw new Error(`no lead with id ${input.leadId}`);
    const at = now.getTime();
    await db.outcomes.add({
      id: crypto.randomUUID(),
      leadId: lead.id,
      outcome: input.outcome,
      reason: input.reason?.trim() || undefined,
      at,
      revisitAt: input.revisitAt,
    });
    const stage = STAGE_OF[input.outcome];
    await db.leads.put({
      ...lead,
      stage,
      stageManual: true,
      updatedAt: at,
      stageHistory: [
        ...lead.stageHistory,
        { at, from: lead.stage, to: stage, cause: 'outcome', reason: input.reason?.trim() || input.outcome },
      ],
    });
  });
}
