import { DEFAULT_MAX_AGE_DAYS, isStale, latestAnswers } from './answers';
import type { Answer, AnswerStatus, Framework, FrameworkItem } from './schema';
import { formatCount, joinLabels } from './text';

export interface EvaluateOptions {
  /** Answers older than this many days are flagged stale; 90 when absent. */
  maxAgeDays?: number;
}

export interface EvaluatedItem {
  item: FrameworkItem;
  /** The answer that counts: the latest for the item. */
  answer?: Answer;
  /** The answer's status, 'unknown' when there is none. */
  status: AnswerStatus;
  /** Answered (met, partly or not met) longer than `maxAgeDays` ago: ask again. */
  stale: boolean;
  /** Named in the pass rule's `required`. */
  required: boolean;
}

export interface FrameworkEvaluation {
  framework: Framework;
  passed: boolean;
  /** Items met. */
  metCount: number;
  /** What is compared with `minMet`: met items plus partly met ones at `partlyCountsAs`. */
  credit: number;
  /** `credit` reaches the pass rule's `minMet`. */
  minMetReached: boolean;
  /** Required items that are not met, in framework order. */
  requiredMissing: string[];
  /** Every item of the framework, in framework order. */
  items: EvaluatedItem[];
  reason: string;
}

/** Floating-point slack, so three items partly met at 1/3 make 1. */
const EPSILON = 1e-9;

const STATUS_PHRASE: Record<AnswerStatus, string> = {
  met: 'met',
  'not-met': 'not met',
  partly: 'only partly met',
  unknown: 'still unknown',
};

/**
 * Evaluates a framework's pass rule on a lead's answers (answers for items the framework does not
 * have are ignored).
 *
 * A stale answer still counts: a met item that was confirmed 100 days ago is still met, because time
 * alone brings no new information and dropping it would move stages without anyone learning
 * anything. It is flagged `stale`, named in the reason ("re-confirm ..."), and nextBestQuestion asks
 * for it again.
 */
export function evaluateFramework(
  framework: Framework,
  answers: readonly Answer[],
  now: Date,
  options: EvaluateOptions = {},
): FrameworkEvaluation {
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const { minMet, required } = framework.passRule;
  const partlyCredit = framework.passRule.partlyCountsAs ?? 0;
  const latest = latestAnswers(answers);

  const items = framework.items.map((item): EvaluatedItem => {
    const answer = latest.get(item.id);
    const status = answer?.status ?? 'unknown';
    const stale = answer !== undefined && status !== 'unknown' && isStale(answer, now, maxAgeDays);
    return { item, ...(answer ? { answer } : {}), status, stale, required: required.includes(item.id) };
  });

  const metCount = items.filter((e) => e.status === 'met').length;
  const partlyCount = items.filter((e) => e.status === 'partly').length;
  const credit = metCount + partlyCount * partlyCredit;
  const missing = items.filter((e) => e.required && e.status !== 'met');
  const minMetReached = credit + EPSILON >= minMet;
  const passed = missing.length === 0 && minMetReached;

  const labelsWith = (keep: (e: EvaluatedItem) => boolean) => items.filter(keep).map((e) => e.item.label);
  let reason: string;
  if (passed) {
    const met = labelsWith((e) => e.status === 'met');
    const partly = labelsWith((e) => e.status === 'partly');
    const details = [`${formatCount(credit)} of ${items.length}`];
    if (partly.length > 0 && partlyCredit > 0) details.push(`partly counts ${formatCount(partlyCredit)}`);
    if (required.length > 0) details.push(`${joinLabels(labelsWith((e) => e.required))} required`);
    reason = met.length > 0 ? `${framework.name} met: ${met.join(', ')}` : `${framework.name} met`;
    if (partly.length > 0) reason += `; partly: ${partly.join(', ')}`;
    reason += ` (${details.join(', ')})`;
    const reconfirm = labelsWith((e) => e.stale && (e.status === 'met' || e.status === 'partly'));
    if (reconfirm.length > 0) reason += `; re-confirm ${joinLabels(reconfirm)}: answered over ${maxAgeDays} days ago`;
  } else {
    const clauses = missing.map((e) => `${e.item.label} is ${STATUS_PHRASE[e.status]}`);
    if (!minMetReached) clauses.push(`${formatCount(credit)} of ${items.length} met, needs ${minMet}`);
    reason = `Not qualified: ${clauses.join('; ')}`;
  }

  return {
    framework,
    passed,
    metCount,
    credit,
    minMetReached,
    requiredMissing: missing.map((e) => e.item.id),
    items,
    reason,
  };
}
