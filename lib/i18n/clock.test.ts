import { clock } from './clock';

describe('clock', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [61_000, '01:01'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [-5000, '00:00'],
  ])('%i ms -> %s', (ms, expected) => {
    expect(clock(ms)).toBe(expected);
  });
});
