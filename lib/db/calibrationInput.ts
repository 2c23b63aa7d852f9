import type { CalibrationInput } from '../calibration';
import type { LeadLensDB } from './database';
import { ensureActiveModel } from './models';

/**
 * What calibration learns from: the active model, every recorded outcome, and the leads those
 * outcomes belong to with their activities and stage history. Only leads with an outcome are read.
 */
export async function loadCalibrationInput(db: LeadLensDB, now: Date): Promise<CalibrationInput & { modelId: string }> {
  return db.transaction('rw', [db.models, db.outcomes, db.leads, db.activities], async () => {
    const active = await ensureActiveModel(db, now.getTime());
    const outcomes = await db.outcomes.toArray();
    const leadIds = [...new Set(outcomes.map((o) => o.leadId))];
    const leads = (await db.leads.bulkGet(leadIds)).filter((l) => l !== undefined);
    const activities = await db.activities.where('leadId').anyOf(leadIds).toArray();
    const byLead = Map.groupBy(activities, (a) => a.leadId);
    return {
      modelId: active.id,
      model: active.model,
      outcomes: outcomes.map((o) => ({ leadId: o.leadId, outcome: o.outcome, at: o.at })),
      leads: leads.map((lead) => ({
        id: lead.id,
        lead,
        activities: byLead.get(lead.id) ?? [],
        stageHistory: lead.stageHistory,
      })),
    };
  });
}
