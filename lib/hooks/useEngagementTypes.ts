import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { readActiveModel } from '../db/models';

/** The active model's engagement types with their rule labels, for logging an activity by hand. */
export function useEngagementTypes(): { type: string; label: string }[] | undefined {
  return useLiveQuery(async () => {
    const { model } = await readActiveModel(getDatabase());
    return model.engagementRules.map((rule) => ({ type: rule.activityType, label: rule.label }));
  }, []);
}
