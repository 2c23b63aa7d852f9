import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { LeadRecord } from '../db/records';
import {
  type ChangeItem,
  defaultModel,
  type ScoreResult,
  ScoringModelSchema,
  scoreLead,
  whatWouldChange,
} from '../scoring';

export interface ScoreExplanation {
  result: ScoreResult;
  /** The smallest facts or actions that would move the lead to the next stage. */
  changes: ChangeItem[];
}

/**
 * The full score of a lead with every contribution, computed on the fly from its activities
 * and the active model (scoring is pure and fast, so the reasons are never stale).
 */
export function useScoreExplanation(lead: LeadRecord | null | undefined, now: Date): ScoreExplanation | undefined {
  return useLiveQuery(async () => {
    if (!lead) return undefined;
    const db = getDatabase();
    const [activities, active] = await Promise.all([
      db.activities.where('leadId').equals(lead.id).toArray(),
      db.models.where('active').equals(1).first(),
    ]);
    const parsed = active ? ScoringModelSchema.safeParse(active.model) : undefined;
    const model = parsed?.success ? parsed.data : defaultModel;
    const result = scoreLead(lead, activities, model, now);
    return { result, changes: whatWouldChange(lead, activities, model, now, result) };
  }, [lead, now.getTime()]);
}
