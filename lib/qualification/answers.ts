import type { Answer } from './schema';

export const DAY_MS = 86_400_000;
export const DEFAULT_MAX_AGE_DAYS = 90;

/**
 * An answer is stale when it is more than `maxAgeDays` old: exactly `maxAgeDays` days old is still
 * fresh, one millisecond later it is stale. Answers dated after `now` (clock skew) are fresh.
 */
export function isStale(answer: Pick<Answer, 'answeredAt'>, now: Date, maxAgeDays = DEFAULT_MAX_AGE_DAYS): boolean {
  return now.getTime() - answer.answeredAt > maxAgeDays * DAY_MS;
}

/** Whole days since the answer, 0 for answers dated after `now`. */
export function ageInDays(answer: Pick<Answer, 'answeredAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - answer.answeredAt) / DAY_MS));
}

/**
 * The answer that counts for each item: the latest by `answeredAt`; of two with the same time, the
 * one later in the list.
 */
export function latestAnswers(answers: readonly Answer[]): Map<string, Answer> {
  const latest = new Map<string, Answer>();
  for (const answer of answers) {
    const current = latest.get(answer.itemId);
    if (current === undefined || answer.answeredAt >= current.answeredAt) latest.set(answer.itemId, answer);
  }
  return latest;
}
