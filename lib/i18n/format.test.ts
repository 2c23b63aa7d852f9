import { relativeDays, signedPoints } from './format';

const now = new Date('2026-11-23T12:00:00Z');

describe('relativeDays', () => {
  it.each([
    ['2026-11-23T08:00:00Z', 'en', 'today'],
    ['2026-11-22T12:00:00Z', 'en', 'yesterday'],
    ['2026-11-11T12:00:00Z', 'en', '12 days ago'],
    ['2026-09-01T12:00:00Z', 'en', '3 months ago'],
    ['2024-11-01T12:00:00Z', 'en', '2 years ago'],
    ['2026-11-11T12:00:00Z', 'nl', '12 dagen geleden'],
    ['2026-11-11T12:00:00Z', 'sv', 'för 12 dagar sedan'],
  ])('%s in %s is "%s"', (at, locale, expected) => {
    expect(relativeDays(at, now, locale)).toBe(expected);
  });
});

describe('signedPoints', () => {
  it.each([
    [20, '+20'],
    [-5, '-5'],
    [0, '0'],
  ])('%i -> %s', (points, expected) => {
    expect(signedPoints(points)).toBe(expected);
  });
});
