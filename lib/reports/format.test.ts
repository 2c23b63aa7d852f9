import { formatCount, formatMoney, formatRate, formatWait } from './format';

describe('report number formats', () => {
  it.each([
    ['count en', () => formatCount(12345, 'en-US'), '12,345'],
    ['count nl', () => formatCount(12345, 'nl-NL'), '12.345'],
    ['rate en', () => formatRate(0.425, 'en-US'), '42.5%'],
    ['rate nl', () => formatRate(0.425, 'nl-NL'), '42,5%'],
    ['rate of nothing', () => formatRate(null, 'en-US'), '–'],
    ['rate NaN', () => formatRate(Number.NaN, 'en-US'), '–'],
    ['money en', () => formatMoney(1234.5, 'EUR', 'en-US'), '€1,234.50'],
    ['money sv', () => formatMoney(1234.5, 'SEK', 'sv-SE'), '1\u00a0234,50\u00a0kr'],
    ['money of nothing', () => formatMoney(null, 'EUR', 'en-US'), '–'],
    ['wait', () => formatWait(3 * 3_600_000 + 20 * 60_000, 'en'), '3 hr 20 min'],
    ['no wait', () => formatWait(null, 'en'), '–'],
  ])('%s', (_, format, expected) => {
    expect(format()).toBe(expected);
  });
});
