import { DAY_MS } from './answers';
import type { Answer, AnswerStatus } from './schema';

export const NOW = new Date('2025-06-01T12:00:00.000Z');

/** An answer given `daysAgo` days before NOW. */
export function answer(itemId: string, status: AnswerStatus, daysAgo = 1, words = ''): Answer {
  return { itemId, status, answer: words, answeredAt: NOW.getTime() - daysAgo * DAY_MS };
}

/** Fresh answers from a compact table: `{ need: 'met', budget: 'partly' }`. */
export function answers(statuses: Record<string, AnswerStatus>): Answer[] {
  return Object.entries(statuses).map(([itemId, status]) => answer(itemId, status));
}
