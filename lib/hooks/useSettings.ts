import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { getSetting, type SettingKey, type SettingValue } from '../db/settings';

/** One user setting (its default until set), live. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useLiveQuery(() => getSetting(getDatabase(), key), [key]);
}
