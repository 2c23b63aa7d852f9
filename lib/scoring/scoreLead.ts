import { compileModel } from './compile';
import { scoreEngagement } from './engagement';
import { fitContributions, knockoutsFor } from './fit';
import { cellFor, gradeFor, levelFor, suggestStage } from './grading';
import { LeadFacts } from './leadFacts';
import type { ScoringModel } from './model';
import type { Contribution, ScorableActivity, ScorableLead, ScoreResult } from './types';

export const FIT_LIMIT_RULE_ID = 'fit-limit';
export const ENGAGEMENT_LIMIT_RULE_ID = 'engagement-limit';

/**
 * Adds a contribution that brings the sum into 0..100 when it falls outside, so the contributions of
 * a kind always add up exactly to its score.
 */
function limitTo100(contributions: Contribution[], kind: 'fit' | 'engagement'): number {
  let sum = 0;
  for (const c of contributions) sum += c.points;
  const limited = Math.min(100, Math.max(0, sum));
  if (limited !== sum) {
    contributions.push({
      ruleId: kind === 'fit' ? FIT_LIMIT_RULE_ID : ENGAGEMENT_LIMIT_RULE_ID,
      kind,
      label:
        sum > 100
          ? `${kind === 'fit' ? 'Fit' : 'Engagement'} capped at 100`
          : `${kind === 'fit' ? 'Fit' : 'Engagement'} floored at 0`,
      points: limited - sum,
      evidence: `rules add up to ${sum}`,
    });
  }
  return limited;
}

/**
 * Scores a lead: fit from who they are, engagement from what they did (decayed to `now`).
 * Pure and deterministic; odd input earns nothing rather than throwing. total = fit + engagement.
 */
export function scoreLead(
  lead: ScorableLead,
  activities: readonly ScorableActivity[],
  model: ScoringModel,
  now: Date,
): ScoreResult {
  const compiled = compileModel(model);
  const facts = new LeadFacts(lead && typeof lead === 'object' ? lead : {}, compiled.domains);
  const fitParts = fitContributions(facts, compiled);
  const fit = limitTo100(fitParts, 'fit');
  const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
  const { contributions: engagementParts, ignored } = scoreEngagement(activities, compiled, nowMs);
  const engagement = limitTo100(engagementParts, 'engagement');
  const knockouts = knockoutsFor(facts, compiled);
  const grade = gradeFor(fit, model.thresholds);
  const level = levelFor(engagement, model.thresholds);
  return {
    fit,
    engagement,
    total: fit + engagement,
    grade,
    level,
    cell: cellFor(grade, level),
    stage: suggestStage(fit, engagement, model.thresholds, knockouts.length > 0),
    knockouts,
    contributions: fitParts.concat(engagementParts),
    ignoredActivities: ignored,
    model: { name: model.name, version: model.version },
  };
}
