import { ageInDays } from './answers';
import { type EvaluatedItem, type EvaluateOptions, evaluateFramework, type FrameworkEvaluation } from './evaluate';
import type { Answer, Framework, FrameworkItem } from './schema';
import { formatCount } from './text';

/** Why an item is worth asking, most urgent first. */
export const QUESTION_KINDS = ['required', 'min-met', 'stale', 'unanswered'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface NextQuestion {
  item: FrameworkItem;
  question: string;
  kind: QuestionKind;
  why: string;
}

/**
 * Only unanswered items (no answer or 'unknown') and stale ones are asked; a fresh answer, even
 * "not met", stands until the rep changes it.
 */
function kindOf(e: EvaluatedItem, evaluation: FrameworkEvaluation): QuestionKind | null {
  const unanswered = e.status === 'unknown';
  if (!unanswered && !e.stale) return null;
  if (e.required && e.status !== 'met') return 'required';
  if (unanswered && !evaluation.minMetReached) return 'min-met';
  return e.stale ? 'stale' : 'unanswered';
}

function whyFor(kind: QuestionKind, e: EvaluatedItem, evaluation: FrameworkEvaluation, now: Date): string {
  const { framework, credit } = evaluation;
  const age = e.answer && e.stale ? ageInDays(e.answer, now) : 0;
  switch (kind) {
    case 'required':
      return e.stale
        ? `${e.item.label} is required to qualify; the last answer is ${age} days old`
        : `${e.item.label} is required to qualify`;
    case 'min-met':
      return `${framework.name} needs ${framework.passRule.minMet} met, has ${formatCount(credit)}`;
    case 'stale':
      return `${e.item.label} was ${e.status === 'met' ? 'confirmed' : 'answered'} ${age} days ago; check it still holds`;
    case 'unanswered':
      return `Not needed to pass ${framework.name}, but completes the picture`;
  }
}

/**
 * The question that would most move the lead toward passing: required items not met first, then
 * unanswered items while the count is short of minMet, then stale answers, then anything else
 * unanswered. Ties go to the higher weight, then to the item earlier in the framework. Null when
 * every item has a fresh answer.
 */
export function nextBestQuestion(
  framework: Framework,
  answers: readonly Answer[],
  now: Date,
  options: EvaluateOptions = {},
): NextQuestion | null {
  const evaluation = evaluateFramework(framework, answers, now, options);
  let best: { e: EvaluatedItem; kind: QuestionKind; rank: number; weight: number } | null = null;
  for (const e of evaluation.items) {
    const kind = kindOf(e, evaluation);
    if (kind === null) continue;
    const rank = QUESTION_KINDS.indexOf(kind);
    const weight = e.item.weight ?? 1;
    if (best === null || rank < best.rank || (rank === best.rank && weight > best.weight)) {
      best = { e, kind, rank, weight };
    }
  }
  if (best === null) return null;
  return {
    item: best.e.item,
    question: best.e.item.question,
    kind: best.kind,
    why: whyFor(best.kind, best.e, evaluation, now),
  };
}
