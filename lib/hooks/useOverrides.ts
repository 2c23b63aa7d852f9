import { useLiveQuery } from 'dexie-react-hooks';
import type { SelectorOverride } from '../capture/overrides';
import { getDatabase } from '../db/database';
import { getOverrides } from '../db/overrides';

/** The user's selector overrides, live. */
export function useOverrides(): SelectorOverride[] | undefined {
  return useLiveQuery(() => getOverrides(getDatabase()));
}
