import { FrameworkSchema, type PassRule } from '../schema';
import { anum, bant, champ, DEFAULT_FRAMEWORK, FRAMEWORKS, faint, gpctba, meddic, meddpicc } from '.';

describe('shipped frameworks', () => {
  it.each(FRAMEWORKS.map((f) => [f.name, f] as const))('%s is a valid framework, unchanged by parsing', (_, f) => {
    expect(FrameworkSchema.parse(f)).toEqual(f);
  });

  it.each(FRAMEWORKS.map((f) => [f.name, f] as const))('%s asks a question for every item', (_, f) => {
    for (const item of f.items) {
      expect(item.question).toMatch(/\?$/);
      expect(item.metWhen).toBeTruthy();
    }
  });

  it('has unique framework ids and BANT as the default', () => {
    expect(new Set(FRAMEWORKS.map((f) => f.id)).size).toBe(FRAMEWORKS.length);
    expect(DEFAULT_FRAMEWORK).toBe(bant);
  });

  it.each([
    [bant, 'BANT', 'BANT'],
    [meddic, 'MEDDIC', 'MEDRIC'],
    [meddpicc, 'MEDDPICC', 'MEDRPICO'],
    [champ, 'CHAMP', 'CAMP'],
    [anum, 'ANUM', 'ANUM'],
    [faint, 'FAINT', 'FAINT'],
    [gpctba, 'GPCTBA/C&I', 'GPCTBANI'],
  ])('%#: %s has the keys %s', (f, name, keys) => {
    expect(f.name).toBe(name);
    expect(f.items.map((item) => item.letter).join('')).toBe(keys);
  });

  it.each<[string, PassRule]>([
    ['bant', { minMet: 3, required: ['need'] }],
    ['meddic', { minMet: 4, required: ['identify-pain', 'economic-buyer'], partlyCountsAs: 0.5 }],
    ['meddpicc', { minMet: 5, required: ['identify-pain', 'economic-buyer'], partlyCountsAs: 0.5 }],
    ['champ', { minMet: 3, required: ['challenges'] }],
    ['anum', { minMet: 3, required: ['authority', 'need'] }],
    ['faint', { minMet: 4, required: ['funds', 'need'] }],
    ['gpctba-ci', { minMet: 5, required: ['goals', 'challenges'], partlyCountsAs: 0.5 }],
  ])('%s passes by %j', (id, rule) => {
    expect(FRAMEWORKS.find((f) => f.id === id)?.passRule).toEqual(rule);
  });

  it('keeps the MEDDIC items and letters in MEDDPICC', () => {
    for (const item of meddic.items) expect(meddpicc.items).toContainEqual(item);
  });
});
