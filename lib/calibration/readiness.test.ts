import { describe, expect, it } from 'vitest';
import { readiness } from './readiness';

describe('readiness', () => {
  it.each([
    [3, 30, 'Record 7 more won outcomes to get suggestions', 7, 0, 0],
    [27, 9, 'Record 1 more lost outcome to get suggestions', 0, 1, 0],
    [3, 7, 'Record 7 more won, 3 more lost and 10 more won or lost outcomes to get suggestions', 7, 3, 10],
    [8, 7, 'Record 2 more won, 3 more lost and 10 more won or lost outcomes to get suggestions', 2, 3, 10],
    [14, 14, 'Record 2 more won or lost outcomes to get suggestions', 0, 0, 2],
  ])('%i won and %i lost: %s', (positives, negatives, message, needPositive, needNegative, needEither) => {
    expect(readiness(positives, negatives)).toEqual({
      ready: false,
      message,
      positives,
      negatives,
      needPositive,
      needNegative,
      needEither,
    });
  });

  it('says so when there are no outcomes yet', () => {
    const status = readiness(0, 0);
    expect(status.ready).toBe(false);
    if (!status.ready) {
      expect(status.message).toBe(
        'No won or lost outcomes yet. Record 10 more won, 10 more lost and 10 more won or lost outcomes to get suggestions',
      );
    }
  });

  it.each([
    [
      40,
      0,
      'All 40 outcomes are won or SQL-accepted: suggestions need lost or disqualified leads to compare with. Record 10 more lost outcomes to get suggestions',
    ],
    [
      0,
      12,
      'All 12 outcomes are lost or disqualified: suggestions need won or SQL-accepted leads to compare with. Record 10 more won and 8 more won or lost outcomes to get suggestions',
    ],
  ])('explains a single class (%i won, %i lost)', (positives, negatives, message) => {
    expect(readiness(positives, negatives)).toMatchObject({ ready: false, message });
  });

  it.each([
    [10, 20],
    [20, 10],
    [500, 700],
  ])('is ready at %i won and %i lost', (positives, negatives) => {
    expect(readiness(positives, negatives)).toEqual({ ready: true, positives, negatives });
  });
});
