import { z } from 'zod';
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
