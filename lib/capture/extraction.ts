import type { CapturedActivity, CapturedFields, Diagnostic } from './types';

/** What a page extractor returns; the dispatcher adds the page kind and site. */
export interface Extraction {
  fields: CapturedFields;
  activities: CapturedActivity[];
  diagnostics: Diagnostic[];
}

/** Runs an activity reader; a failure is recorded in `diagnostics` and yields no activities. */
export function readActivities(diagnostics: Diagnostic[], read: () => CapturedActivity[]): CapturedActivity[] {
  try {
    return read();
  } catch {
    diagnostics.push({ field: 'activities', strategy: 'activities-failed' });
    return [];
  }
}
