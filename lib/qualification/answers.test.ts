import { ageInDays, DAY_MS, isStale, latestAnswers } from './answers';
import { answer, NOW } from './testSupport';

describe('isStale', () => {
  const at = (msAgo: number) => ({ answeredAt: NOW.getTime() - msAgo });

  it.each([
    ['just now', 90, false, 0],
    ['89 days', 90, false, 89 * DAY_MS],
    ['exactly 90 days', 90, false, 90 * DAY_MS],
    ['90 days and 1 ms', 90, true, 90 * DAY_MS + 1],
    ['91 days', 90, true, 91 * DAY_MS],
    ['5 days in the future (clock skew)', 90, false, -5 * DAY_MS],
    ['exactly 30 days', 30, false, 30 * DAY_MS],
    ['31 days', 30, true, 31 * DAY_MS],
    ['1 ms', 0, true, 1],
  ])('%s old, limit %i days: stale %s', (_, maxAgeDays, stale, msAgo) => {
    expect(isStale(at(msAgo), NOW, maxAgeDays)).toBe(stale);
  });

  it('defaults to 90 days', () => {
    expect(isStale(at(90 * DAY_MS), NOW)).toBe(false);
    expect(isStale(at(90 * DAY_MS + 1), NOW)).toBe(true);
  });
});

describe('ageInDays', () => {
  it.each([
    [0, 0],
    [DAY_MS - 1, 0],
    [120 * DAY_MS + 5, 120],
    [-DAY_MS, 0],
  ])('%d ms ago is %d days', (msAgo, days) => {
    expect(ageInDays({ answeredAt: NOW.getTime() - msAgo }, NOW)).toBe(days);
  });
});

describe('latestAnswers', () => {
  it('keeps the latest answer per item, the later one in the list on equal times', () => {
    const older = answer('need', 'met', 10);
    const newer = answer('need', 'not-met', 2);
    const sameTimeFirst = answer('budget', 'met', 3);
    const sameTimeSecond = answer('budget', 'partly', 3);
    const latest = latestAnswers([newer, older, sameTimeFirst, sameTimeSecond]);
    expect(latest.get('need')).toBe(newer);
    expect(latest.get('budget')).toBe(sameTimeSecond);
    expect(latest.size).toBe(2);
  });
});
