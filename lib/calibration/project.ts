import type { Thresholds } from '../scoring';
import { suggestStage } from '../scoring/grading';
import type { SuggestedStage } from '../scoring/types';
import { type FeatureSpec, type Sample, unitsAt } from './features';

export interface Projection {
  fit: number;
  engagement: number;
  total: number;
  stage: SuggestedStage;
}

/** Raw (unlimited, unrounded) fit and engagement sums of a sample under `points`. */
export function rawSums(sample: Sample, specs: readonly FeatureSpec[], points: ArrayLike<number>): [number, number] {
  let fit = 0;
  let engagement = 0;
  specs.forEach((spec, j) => {
    const p = points[j] ?? 0;
    if (p === 0) return;
    if (spec.kind === 'fit') fit += p * unitsAt(sample, j, p);
    else engagement += p * unitsAt(sample, j, p);
  });
  return [fit, engagement];
}

/**
 * The score a sample gets when only the rule points change, as scoreLead would give it (engagement
 * rounded, both limited to 0..100), given caps scaled with the points as applySuggestions does. Only
 * a cap that rounding to whole points moves, or a cap on a rule that had 0 points, can make it differ.
 */
export function project(
  sample: Sample,
  [rawFit, rawEngagement]: readonly [number, number],
  thresholds: Thresholds,
): Projection {
  const fit = Math.min(100, Math.max(0, rawFit));
  const engagement = Math.min(100, Math.max(0, Math.floor(rawEngagement + 0.5)));
  return {
    fit,
    engagement,
    total: fit + engagement,
    stage: suggestStage(fit, engagement, thresholds, sample.knockedOut),
  };
}
