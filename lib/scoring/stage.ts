import type { SuggestedStage } from './types';

/** The lead lifecycle, in funnel order. */
export const STAGES = ['lead', 'mql', 'sql', 'opportunity', 'customer', 'lost', 'disqualified', 'nurture'] as const;
export type Stage = (typeof STAGES)[number];

const SCORE_MANAGED: ReadonlySet<Stage> = new Set(['lead', 'mql', 'disqualified']);

/**
 * The stage a lead should have after scoring. The score moves a lead only among lead, mql and
 * disqualified. A person's decision wins: a manual stage, and sql and every later stage (opportunity,
 * customer, lost, nurture), are never changed by the score, not even by a knock-out; the knock-outs
 * still show on the score for a person to act on.
 */
export function resolveStage(
  current: { stage: Stage; manual?: boolean },
  suggested: SuggestedStage,
): { stage: Stage; changed: boolean } {
  if (current.manual || !SCORE_MANAGED.has(current.stage)) return { stage: current.stage, changed: false };
  return { stage: suggested, changed: suggested !== current.stage };
}
