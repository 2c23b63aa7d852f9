import type { ScoreResult } from '../scoring';
import { resolveStage } from '../scoring/stage';
import type { LeadRecord, StageChange } from './records';

/**
 * Stores a score on a lead and moves its stage when the score says so (never for manual
 * stages or stages past MQL), recording the change with its cause.
 */
export function applyScore(
  lead: LeadRecord,
  result: ScoreResult,
  modelId: string,
  at: number,
  cause: Extract<StageChange['cause'], 'score' | 'decay'>,
): LeadRecord {
  const { stage, changed } = resolveStage({ stage: lead.stage, manual: lead.stageManual }, result.stage);
  const reason =
    result.knockouts.length > 0
      ? result.knockouts.map((k) => k.reason).join('; ')
      : `fit ${result.fit}, engagement ${result.engagement}`;
  return {
    ...lead,
    stage,
    stageHistory: changed
      ? [...lead.stageHistory, { at, from: lead.stage, to: stage, cause, reason }]
      : lead.stageHistory,
    score: {
      fit: result.fit,
      engagement: result.engagement,
      total: result.total,
      grade: result.grade,
      level: result.level,
      cell: result.cell,
      modelId,
      scoredAt: at,
    },
  };
}
