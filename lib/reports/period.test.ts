import { inPeriod, isoWeek, overlapShare, periodOfDays } from './period';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('inPeriod', () => {
  const period = { from: day('2026-11-01'), to: day('2026-12-01') };
  it.each([
    ['the first moment', day('2026-11-01'), true],
    ['one ms before', day('2026-11-01') - 1, false],
    ['the last ms', day('2026-12-01') - 1, true],
    ['the end itself (exclusive)', day('2026-12-01'), false],
    ['an unreadable date', Number.NaN, false],
  ])('%s', (_, at, expected) => {
    expect(inPeriod(at, period)).toBe(expected);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-23T00:00:00Z', '2026-W48'], // a Monday
    ['2026-11-22T23:59:59Z', '2026-W47'], // the Sunday before
    ['2027-01-01T12:00:00Z', '2026-W53'], // a Friday: still the last week of 2026
    ['2025-12-29T00:00:00Z', '2026-W01'], // a Monday in December starting 2026's first week
    ['2024-12-31T00:00:00Z', '2025-W01'],
    ['2021-01-03T00:00:00Z', '2020-W53'],
  ])('%s is in %s', (iso, week) => {
    expect(isoWeek(Date.parse(iso))).toBe(week);
  });
});

describe('overlapShare', () => {
  const outer = { from: 100, to: 200 };
  it.each([
    ['inside', { from: 120, to: 180 }, 1],
    ['half before', { from: 50, to: 150 }, 0.5],
    ['a quarter after', { from: 150, to: 350 }, 0.25],
    ['covers it', { from: 0, to: 400 }, 0.25],
    ['entirely before', { from: 0, to: 100 }, 0],
    ['empty', { from: 150, to: 150 }, 0],
  ])('%s', (_, inner, expected) => {
    expect(overlapShare(inner, outer)).toBe(expected);
  });
});

describe('periodOfDays', () => {
  it('runs from the first day at midnight UTC to the end of the last day', () => {
    expect(periodOfDays('2026-11-01', '2026-11-30')).toEqual({ from: day('2026-11-01'), to: day('2026-12-01') });
  });
});
