export const MIN_OUTCOMES = 30;
export const MIN_PER_CLASS = 10;

/**
 * Whether there are enough outcomes to learn from. Messages say "won" for the positive outcomes
 * (won, SQL-accepted) and "lost" for the negative ones (lost, disqualified).
 */
export type Readiness =
  | { ready: true; positives: number; negatives: number }
  | {
      ready: false;
      message: string;
      positives: number;
      negatives: number;
      needPositive: number;
      needNegative: number;
      /** Further outcomes of either kind still needed to reach MIN_OUTCOMES. */
      needEither: number;
    };

const more = (n: number, what: string) => `${n} more ${what}`;

function request(needPositive: number, needNegative: number, needEither: number): string {
  const parts = [
    needPositive > 0 ? more(needPositive, 'won') : '',
    needNegative > 0 ? more(needNegative, 'lost') : '',
    needEither > 0 ? more(needEither, 'won or lost') : '',
  ].filter(Boolean);
  const total = needPositive + needNegative + needEither;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `Record ${list} ${total === 1 ? 'outcome' : 'outcomes'} to get suggestions`;
}

export function readiness(positives: number, negatives: number): Readiness {
  const needPositive = Math.max(0, MIN_PER_CLASS - positives);
  const needNegative = Math.max(0, MIN_PER_CLASS - negatives);
  const needEither = Math.max(0, MIN_OUTCOMES - positives - negatives - needPositive - needNegative);
  if (needPositive + needNegative + needEither === 0) return { ready: true, positives, negatives };
  const ask = request(needPositive, needNegative, needEither);
  let message = ask;
  if (positives + negatives === 0) message = `No won or lost outcomes yet. ${ask}`;
  else if (negatives === 0)
    message = `All ${positives} outcomes are won or SQL-accepted: suggestions need lost or disqualified leads to compare with. ${ask}`;
  else if (positives === 0)
    message = `All ${negatives} outcomes are lost or disqualified: suggestions need won or SQL-accepted leads to compare with. ${ask}`;
  return { ready: false, message, positives, negatives, needPositive, needNegative, needEither };
}
