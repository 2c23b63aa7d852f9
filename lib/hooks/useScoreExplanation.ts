import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { LeadRecord } from '../db/records';
import { defaultModel, type ScoreResult, ScoringModelSchema, scoreLead } from '../scoring';

/**
 * The full score of a lead with every contribution, computed on the fly from its activities
 * and the active model (scoring is pure and fast, so the reasons are never stale).
 */
export function useScoreExplanation(lead: LeadRecord | null | undefined, now: Date): ScoreResult | undefined {
  return useLiveQuery(async () => {
    if (!lead) return undefined;
    const db = getDatabase();
    const [activities, active] = await Promise.all([
      db.activities.where('leadId').equals(lead.id).toArray(),
      db.models.where('active').equals(1).first(),
    ]);
    const parsed = active ? ScoringModelSchema.safeParse(active.model) : undefined;
    const model = parsed?.success ? parsed.data : defaultModel;
    return scoreLead(lead, activities, model, now);
  }, [lead, now.getTime()]);
}
