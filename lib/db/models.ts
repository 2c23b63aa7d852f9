import { defaultModel, ScoringModelSchema, type ScoringModel } from '../scoring';
import type { LeadLensDB } from './database';

export const DEFAULT_MODEL_ID = 'default-1';

export interface ActiveModel {
  id: string;
  model: ScoringModel;
}

/**
 * The active scoring model. A database without one gets the shipped default, stored as
 * version 1 so later edits have something to roll back to. Call inside a transaction that
 * includes `models` in read-write mode.
 */
export async function ensureActiveModel(db: LeadLensDB, now: number): Promise<ActiveModel> {
  const record = await db.models.where('active').equals(1).first();
  if (record) {
    const parsed = ScoringModelSchema.safeParse(record.model);
    if (parsed.success) return { id: record.id, model: parsed.data };
    // A stored model that no longer validates must not stop scoring: fall back, keep the record.
    console.warn(`LeadLens: active model ${record.id} is invalid, scoring with the default`, parsed.error.issues);
    return { id: DEFAULT_MODEL_ID, model: defaultModel };
  }
  await db.models.put({ id: DEFAULT_MODEL_ID, version: 1, active: 1, model: defaultModel, createdAt: now });
  return { id: DEFAULT_MODEL_ID, model: defaultModel };
}
