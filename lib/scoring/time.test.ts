import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMillis, utcDay } from './time';

describe('toMillis', () => {
  it('reads every time Date#toISOString writes back to the same millisecond', () => {
    const min = Date.parse('0000-01-01T00:00:00.000Z');
    const max = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        expect(toMillis(new Date(ms).toISOString())).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, number]>([
    ['2024-02-29T23:59:59.999Z', Date.UTC(2024, 1, 29, 23, 59, 59, 999)],
    ['2000-02-29T00:00:00.000Z', Date.UTC(2000, 1, 29)],
    ['1969-12-31T23:59:59.999Z', -1],
    ['2025-02-29T00:00:00.000Z', Number.NaN],
    ['1900-02-29T00:00:00.000Z', Number.NaN],
    ['2025-04-31T00:00:00.000Z', Number.NaN],
    ['2025-06-01T24:00:00.000Z', Number.NaN],
    ['2025-06-01T12:60:00.000Z', Number.NaN],
    ['2025-06-01T12:00:60.000Z', Number.NaN],
    ['2025-06-01T12:00:00,000Z', Number.NaN],
    ['2025-00-10T12:00:00.000Z', Number.NaN],
    ['2025-06-01T12:00:00.000+02:00', Date.UTC(2025, 5, 1, 10)],
    ['2025-06-01T12:00:00.5Z', Date.UTC(2025, 5, 1, 12, 0, 0, 500)],
    ['2025-06-00', Number.NaN],
  ])('%s', (text, ms) => {
    expect(toMillis(text)).toBe(ms);
  });
});

describe('utcDay', () => {
  it.each([
    ['2025-06-01T00:00:00.000Z', '2025-06-01T23:59:59.999Z', true],
    ['2025-05-31T23:59:59.999Z', '2025-06-01T00:00:00.000Z', false],
    ['1969-12-31T12:00:00.000Z', '1970-01-01T00:00:00.000Z', false],
  ])('%s and %s on one day: %s', (a, b, same) => {
    expect(utcDay(toMillis(a)) === utcDay(toMillis(b))).toBe(same);
  });
});
