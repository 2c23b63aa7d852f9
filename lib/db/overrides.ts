import { z } from 'zod';
import { SelectorOverrideSchema } from '../capture/schema';
import type { FieldName, SelectorOverride } from '../capture/types';
import type { LeadLensDB } from './database';

export const OVERRIDES_KEY = 'selector-overrides';
const StoredOverridesSchema = z.array(SelectorOverrideSchema);

/** The user's selector overrides; a stored value that no longer validates counts as none. */
export async function getOverrides(db: LeadLensDB): Promise<SelectorOverride[]> {
  const parsed = StoredOverridesSchema.safeParse((await db.settings.get(OVERRIDES_KEY))?.value ?? []);
  return parsed.success ? parsed.data : [];
}

/** Adds an override, replacing any earlier one for the same site and field. */
export async function saveOverride(db: LeadLensDB, override: SelectorOverride): Promise<SelectorOverride[]> {
  return db.transaction('rw', db.settings, async () => {
    const kept = (await getOverrides(db)).filter((o) => o.site !== override.site || o.field !== override.field);
    const next = [...kept, override];
    await db.settings.put({ key: OVERRIDES_KEY, value: next });
    return next;
  });
}

export async function removeOverride(db: LeadLensDB, site: string, field: FieldName): Promise<SelectorOverride[]> {
  return db.transaction('rw', db.settings, async () => {
    const next = (await getOverrides(db)).filter((o) => o.site !== site || o.field !== field);
    await db.settings.put({ key: OVERRIDES_KEY, value: next });
    return next;
  });
}
