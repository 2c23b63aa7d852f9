import { formatDuration } from './formatDuration';

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;

describe('formatDuration', () => {
  it.each([
    [0, 'en', '0 min'],
    [59_999, 'en', '0 min'],
    [45 * MIN, 'en', '45 min'],
    [H, 'en', '1 hr'],
    [3 * H + 20 * MIN, 'en', '3 hr 20 min'],
    [3 * H + 20 * MIN + 59_999, 'en', '3 hr 20 min'],
    [DAY, 'en', '1 day'],
    [DAY + 30 * MIN, 'en', '1 day'],
    [2 * DAY + 4 * H + 59 * MIN, 'en', '2 days 4 hr'],
    [-(5 * H), 'en', '5 hr'],
    [2 * DAY + 4 * H, 'nl', '2 dagen, 4 uur'],
    [3 * H + 20 * MIN, 'sv', '3 tim 20 min'],
    [3 * H + 20 * MIN, 'de', '3 Std., 20 Min.'],
    [2 * DAY + 4 * H, 'pl', '2 dni i 4 godz.'],
  ])('%i ms in %s is "%s"', (ms, locale, expected) => {
    expect(formatDuration(ms, locale)).toBe(expected);
  });
});
