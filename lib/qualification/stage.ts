import type { Stage } from '../scoring/stage';
import type { SuggestedStage } from '../scoring/types';
import type { FrameworkEvaluation } from './evaluate';
import type { AnswerStatus } from './schema';
import { clip, quote } from './text';

export interface StageSubject {
  stage: Stage;
  /** A person set the stage by hand: qualification never moves it. */
  manual?: boolean;
  /**
   * The cause recorded when the lead got its current stage (the last stageHistory entry). An SQL is
   * sent back only when qualification made it; when absent that is assumed, since qualification is
   * the only automatic way to SQL (the score stops at MQL and a person's stage is `manual`).
   */
  cause?: string;
}

export interface StageContext {
  /** The evaluation before the latest answer: names what turned when an SQL is sent back. */
  previous?: FrameworkEvaluation;
  /** Where a failing SQL goes: the stage the score suggests now; 'mql' when absent. */
  scoreSuggested?: SuggestedStage;
}

export interface QualificationStageResult {
  stage: Stage;
  changed: boolean;
  cause: 'qualification';
  reason: string;
}

/** Fits StageChange.reason in lib/db/records.ts. */
const REASON_MAX = 500;

const STAGE_NAME: Record<Stage, string> = {
  lead: 'lead',
  mql: 'MQL',
  sql: 'SQL',
  opportunity: 'opportunity',
  customer: 'customer',
  lost: 'lost',
  disqualified: 'disqualified',
  nurture: 'nurture',
};

const TURNED_PHRASE: Record<AnswerStatus, string> = {
  met: 'met',
  partly: 'partly met',
  'not-met': 'not met',
  unknown: 'unknown',
};

const RANK: Record<AnswerStatus, number> = { met: 2, partly: 1, unknown: 0, 'not-met': 0 };

/** "Need turned not met: "we do this in Excel"", for each item that lost ground since `previous`. */
function describeTurned(evaluation: FrameworkEvaluation, previous: FrameworkEvaluation | undefined): string[] {
  if (!previous) return [];
  const before = new Map(previous.items.map((e) => [e.item.id, e.status]));
  const turned = evaluation.items.filter((e) => {
    const was = before.get(e.item.id);
    return was !== undefined && RANK[e.status] < RANK[was];
  });
  return turned.map((e) => {
    const words = e.answer?.answer.trim() ? `: ${quote(e.answer.answer)}` : '';
    return `${e.item.label} turned ${TURNED_PHRASE[e.status]}${words}`;
  });
}

function result(stage: Stage, changed: boolean, reason: string): QualificationStageResult {
  return { stage, changed, cause: 'qualification', reason: clip(reason, REASON_MAX) };
}

/**
 * The stage a lead should have after its qualification was evaluated. Qualification moves a lead
 * only among lead, MQL and SQL:
 * - passing: lead and MQL become SQL;
 * - failing: an SQL that qualification made goes back to the stage the score suggests (MQL by
 *   default), saying what turned;
 * - manual stages, disqualified, opportunity, customer, lost and nurture are never touched.
 * It reacts to the evaluation it is given, not only to a change: an SQL whose framework no longer
 * passes goes back even without `previous`; `previous` only makes the reason name what turned.
 */
export function qualificationStage(
  current: StageSubject,
  evaluation: FrameworkEvaluation,
  context: StageContext = {},
): QualificationStageResult {
  const { stage } = current;
  const name = STAGE_NAME[stage];
  if (current.manual) return result(stage, false, `${name} was set by hand; qualification leaves it`);
  if (stage !== 'lead' && stage !== 'mql' && stage !== 'sql') {
    return result(stage, false, `Qualification does not move a lead that is ${name}`);
  }
  if (evaluation.passed) {
    if (stage === 'sql') return result(stage, false, `Stays SQL: ${evaluation.reason}`);
    return result('sql', true, evaluation.reason);
  }
  if (stage !== 'sql') return result(stage, false, `Stays ${name}: ${evaluation.reason}`);
  const madeBy = current.cause ?? 'qualification';
  if (madeBy !== 'qualification') {
    return result(stage, false, `Stays SQL: it was set by ${madeBy}, not qualification; ${evaluation.reason}`);
  }
  const target = context.scoreSuggested ?? 'mql';
  const turned = describeTurned(evaluation, context.previous);
  const why = turned.length > 0 ? turned.join('; ') : evaluation.reason;
  const where = target === 'disqualified' ? 'disqualified, as the score suggests' : `back to ${STAGE_NAME[target]}`;
  return result(target, true, `${clip(why, REASON_MAX - where.length - 2)}; ${where}`);
}
