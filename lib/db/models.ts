import { defaultModel, parseModelJson, type ScoringModel, ScoringModelSchema, serializeModel } from '../scoring';
import type { LeadLensDB } from './database';
import { getOverrides, saveOverride } from './overrides';
import type { ModelRecord } from './records';

export const DEFAULT_MODEL_ID = 'default-1';

export interface ActiveModel {
  id: string;
  model: ScoringModel;
}

const validated = new Map<string, ScoringModel | null>();

/**
 * The model a stored version holds, or null when it no longer validates. Each distinct model is
 * validated once and the same object comes back every time: scoring caches its compiled rules per
 * model object, and a rescore reads the active model once per chunk.
 */
export function modelOf(record: ModelRecord): ScoringModel | null {
  // Keyed by content, not id: a restored backup or another database may reuse an id.
  const key = JSON.stringify(record.model);
  if (!validated.has(key)) {
    const parsed = ScoringModelSchema.safeParse(record.model);
    // A stored model that no longer validates must not stop scoring: callers fall back, the record stays.
    if (!parsed.success) console.warn(`LeadLens: model ${record.id} is invalid`, parsed.error.issues);
    validated.set(key, parsed.success ? parsed.data : null);
  }
  return validated.get(key) ?? null;
}

/** The active model as stored, or the shipped default when there is none or it is invalid. Read-only. */
export async function readActiveModel(db: LeadLensDB): Promise<ActiveModel> {
  const record = await db.models.where('active').equals(1).first();
  const model = record ? modelOf(record) : null;
  return record && model ? { id: record.id, model } : { id: DEFAULT_MODEL_ID, model: defaultModel };
}

/**
 * The active scoring model. A database without one gets the shipped default, stored as
 * version 1 so later edits have something to roll back to. Call inside a transaction that
 * includes `models` in read-write mode.
 */
export async function ensureActiveModel(db: LeadLensDB, now: number): Promise<ActiveModel> {
  if (await db.models.where('active').equals(1).count()) return readActiveModel(db);
  if (!(await db.models.get(DEFAULT_MODEL_ID))) {
    await db.models.put({ id: DEFAULT_MODEL_ID, version: 1, active: 1, model: defaultModel, createdAt: now });
  } else {
    await db.models.update(DEFAULT_MODEL_ID, { active: 1 });
  }
  return { id: DEFAULT_MODEL_ID, model: defaultModel };
}

export type ImportResult =
  | { ok: true; record: ModelRecord }
  | { ok: false; errors: { path: string; message: string }[] };

/**
 * Stores an imported model file as the next version, inactive until the user activates it.
 * A file that does not validate changes nothing and returns every problem with its path.
 */
export async function importModelVersion(
  db: LeadLensDB,
  text: string,
  now: Date,
  note?: string,
): Promise<ImportResult> {
  const parsed = parseModelJson(text);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.models, async () => {
    await ensureActiveModel(db, now.getTime());
    const last = await db.models.orderBy('version').last();
    const version = (last?.version ?? 0) + 1;
    const record: ModelRecord = {
      id: `model-${version}`,
      version,
      active: 0,
      model: { ...parsed.model, version },
      createdAt: now.getTime(),
      note,
    };
    await db.models.add(record);
    return { ok: true as const, record };
  });
}

/**
 * Makes one stored version the active model (activating an older one is a rollback). Selector
 * overrides that travel in the model file are added to the user's own (same site and field: the
 * model's wins).
 */
export async function activateModel(db: LeadLensDB, id: string): Promise<void> {
  await db.transaction('rw', db.models, db.settings, async () => {
    const target = await db.models.get(id);
    if (!target) throw new Error(`no model version ${id}`);
    const model = modelOf(target);
    if (!model) throw new Error(`model version ${id} is not valid`);
    await db.models.where('active').equals(1).modify({ active: 0 });
    await db.models.update(id, { active: 1 });
    for (const override of model.selectorOverrides ?? []) await saveOverride(db, override);
  });
}

/** The model file to share: the model with the user's selector overrides, so capture fixes travel with it. */
export async function exportModelFile(db: LeadLensDB, model: ScoringModel): Promise<string> {
  const overrides = await getOverrides(db);
  return serializeModel(overrides.length > 0 ? { ...model, selectorOverrides: overrides } : model);
}
