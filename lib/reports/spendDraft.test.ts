import { checkSpendDraft, type SpendDraft } from './spendDraft';

const draft = (overrides: Partial<SpendDraft> = {}): SpendDraft => ({
  source: 'linkedin',
  from: '2026-11-01',
  to: '2026-11-30',
  amount: '1200.50',
  currency: 'EUR',
  ...overrides,
});

describe('checkSpendDraft', () => {
  it('turns a valid draft into an entry, the source in lower case', () => {
    expect(checkSpendDraft(draft({ source: ' HubSpot ' }))).toEqual({
      ok: true,
      entry: { source: 'hubspot', from: '2026-11-01', to: '2026-11-30', amount: 1200.5, currency: 'EUR' },
    });
  });

  it.each<[string, Partial<SpendDraft>, Record<string, string>]>([
    ['no source', { source: '  ' }, { source: 'source' }],
    ['no amount', { amount: '' }, { amount: 'amount' }],
    ['a negative amount', { amount: '-5' }, { amount: 'amount' }],
    ['not a number', { amount: 'abc' }, { amount: 'amount' }],
    ['no start date', { from: '' }, { from: 'date' }],
    ['end before start', { from: '2026-11-30', to: '2026-11-01' }, { to: 'order' }],
    [
      'end before start, amount missing too',
      { from: '2026-11-30', to: '2026-11-01', amount: '' },
      {
        to: 'order',
        amount: 'amount',
      },
    ],
    ['a currency of two letters', { currency: 'EU' }, { currency: 'currency' }],
    [
      'everything empty',
      { source: '', from: '', to: '', amount: '', currency: '' },
      {
        source: 'source',
        from: 'date',
        to: 'date',
        amount: 'amount',
        currency: 'currency',
      },
    ],
  ])('%s', (_, overrides, problems) => {
    expect(checkSpendDraft(draft(overrides))).toEqual({ ok: false, problems });
  });
});
