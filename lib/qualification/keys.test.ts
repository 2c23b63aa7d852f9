import { bant, meddpicc } from './frameworks';
import { itemForKey, STATUS_KEYS, statusForKey } from './keys';

describe('itemForKey', () => {
  it.each([
    ['b', 'budget'],
    ['B', 'budget'],
    ['a', 'authority'],
    ['N', 'need'],
    ['t', 'timeline'],
  ])('BANT: %s picks %s', (key, id) => {
    expect(itemForKey(bant, key)?.id).toBe(id);
  });

  it.each([
    ['r', 'decision-process'],
    ['p', 'paper-process'],
    ['c', 'champion'],
    ['o', 'competition'],
  ])('MEDDPICC: %s picks %s', (key, id) => {
    expect(itemForKey(meddpicc, key)?.id).toBe(id);
  });

  it.each(['x', 'Z', '1', '', 'Enter', 'bb', ' '])('BANT: %j picks nothing', (key) => {
    expect(itemForKey(bant, key)).toBeUndefined();
  });
});

describe('statusForKey', () => {
  it.each([
    ['1', 'met'],
    ['2', 'partly'],
    ['3', 'not-met'],
    ['0', 'unknown'],
    ['4', undefined],
    ['m', undefined],
    ['', undefined],
    ['constructor', undefined],
  ])('%j sets %s', (key, status) => {
    expect(statusForKey(key)).toBe(status);
  });

  it('uses no letter, so status keys never clash with item keys', () => {
    for (const { key } of STATUS_KEYS) expect(key).toMatch(/^\d$/);
  });
});
