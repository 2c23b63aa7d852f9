import { z } from 'zod';
import { SpendEntrySchema } from '../reports/costPerMql';
import type { LeadLensDB } from './database';

/** User settings with their defaults; each stored value is validated when read. */
export const SETTINGS = {
  /** Hours a new MQL may wait for a first touch before it is overdue. */
  'sla-hours': z
    .number()
    .positive()
    .max(24 * 365)
    .default(24),
  /** A browser notification when an MQL passes the SLA untouched. */
  'sla-notifications': z.boolean().default(true),
  /** Keys of the MQL episodes already notified (lib/db/slaCheck overdueKey). */
  'sla-notified': z.array(z.string()).max(10_000).default([]),
  /** Qualification frameworks the user defined; each is validated with parseFramework when used. */
  'custom-frameworks': z.array(z.unknown()).max(50).default([]),
  /** GDPR retention: leads untouched for this many months are listed for deletion; null = off. */
  'retention-months': z.number().int().min(1).max(240).nullable().default(null),
  /** Delete those leads automatically (a daily alarm, lib/db/retention) instead of listing them only. */
  'retention-auto': z.boolean().default(false),
  /** Money spent per lead source and period, entered in the reports (cost per lead, MQL, SQL). */
  'source-spend': z.array(SpendEntrySchema).max(500).default([]),
} as const;
export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]>;

export async function getSetting<K extends SettingKey>(db: LeadLensDB, key: K): Promise<SettingValue<K>> {
  const stored = (await db.settings.get(key))?.value;
  const parsed = SETTINGS[key].safeParse(stored);
  // A damaged value falls back to the default rather than breaking the feature.
  return (parsed.success ? parsed.data : SETTINGS[key].parse(undefined)) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(db: LeadLensDB, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS[key].parse(value) });
}
