import { costPerSource, type SpendEntry, SpendEntrySchema } from './costPerMql';
import { funnel } from './funnel';
import { periodOfDays } from './period';

const period = periodOfDays('2026-11-01', '2026-11-30');
const at = Date.parse('2026-11-10T12:00:00Z');
/** `mqls` MQLs and `leads - mqls` plain leads from `source`, `sqls` of the MQLs went on to SQL. */
const leads = (source: string, count: number, mqls: number, sqls = 0) =>
  Array.from({ length: count }, (_, i) => ({
    sources: [source],
    stageHistory: [{ at, to: i < sqls ? 'sql' : i < mqls ? 'mql' : 'lead' }],
  }));
const counts = funnel([...leads('linkedin', 10, 4, 1), ...leads('hubspot', 3, 0)], period);
const spend = (source: string, from: string, to: string, amount: number, currency = 'EUR'): SpendEntry => ({
  source,
  from,
  to,
  amount,
  currency,
});

describe('costPerSource', () => {
  it.each<[string, SpendEntry[], [string, string, number, number | null, number | null, number | null][]]>([
    ['no spend', [], []],
    [
      'spend inside the period',
      [spend('linkedin', '2026-11-01', '2026-11-30', 200)],
      [['linkedin', 'EUR', 200, 20, 50, 200]],
    ],
    [
      'half of the spend in the period',
      [spend('linkedin', '2026-10-17', '2026-11-15', 400)],
      [['linkedin', 'EUR', 200, 20, 50, 200]],
    ],
    ['spend entirely outside', [spend('linkedin', '2026-10-01', '2026-10-31', 400)], []],
    [
      'two entries of one source add up',
      [spend('linkedin', '2026-11-01', '2026-11-15', 100), spend('linkedin', '2026-11-16', '2026-11-30', 100)],
      [['linkedin', 'EUR', 200, 20, 50, 200]],
    ],
    [
      'no MQLs or SQLs: no cost per MQL or SQL (not infinity)',
      [spend('hubspot', '2026-11-01', '2026-11-30', 90)],
      [['hubspot', 'EUR', 90, 30, null, null]],
    ],
    [
      'a source without leads',
      [spend('zoho', '2026-11-01', '2026-11-30', 50)],
      [['zoho', 'EUR', 50, null, null, null]],
    ],
    [
      'two currencies stay apart',
      [spend('linkedin', '2026-11-01', '2026-11-30', 100, 'SEK'), spend('linkedin', '2026-11-01', '2026-11-30', 10)],
      [
        ['linkedin', 'EUR', 10, 1, 2.5, 10],
        ['linkedin', 'SEK', 100, 10, 25, 100],
      ],
    ],
  ])('%s', (_, entries, expected) => {
    const rows = costPerSource(entries, counts, period);
    expect(rows.map((r) => [r.source, r.currency, r.spend, r.perLead, r.perMql, r.perSql])).toEqual(expected);
  });

  it('reports the counts it divided by', () => {
    const [row] = costPerSource([spend('linkedin', '2026-11-01', '2026-11-30', 200)], counts, period);
    expect(row).toMatchObject({ leads: 10, mqls: 4, sqls: 1 });
  });
});

describe('SpendEntrySchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a valid entry', spend('linkedin', '2026-11-01', '2026-11-30', 200), true],
    ['zero spend', spend('linkedin', '2026-11-01', '2026-11-01', 0), true],
    ['negative', spend('linkedin', '2026-11-01', '2026-11-30', -1), false],
    ['ends before it starts', spend('linkedin', '2026-11-30', '2026-11-01', 1), false],
    ['not a date', spend('linkedin', '2026-13-01', '2026-11-30', 1), false],
    ['lower-case currency', spend('linkedin', '2026-11-01', '2026-11-30', 1, 'eur'), false],
    ['empty source', spend(' ', '2026-11-01', '2026-11-30', 1), false],
  ])('%s', (_, entry, ok) => {
    expect(SpendEntrySchema.safeParse(entry).success).toBe(ok);
  });
});
