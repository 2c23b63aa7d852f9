import Dexie from 'dexie';
import { SEED_NOW, seedLeads } from '@/test/unit/leadsTableSeed';
import { matchesSearch, queryWords } from '../leads/searchWords';
import { type LeadLensDB, openDatabase } from './database';
import { firstRows } from './leadsFirstRows';
import {
  filterOptions,
  GRADES,
  keepMatching,
  LEADS_SORT_KEYS,
  type LeadsFilter,
  type LeadsQuery,
  type LeadsSortKey,
  leadsWindow,
  matchingLeadIds,
  type SortDirection,
  sortedLeadIds,
} from './leadsTable';
import { type LeadRecord, STAGES } from './records';

const { leads, activities } = seedLeads(300);

/** A query as the table's hook answers it: the sort's order, then what the filter keeps. */
async function queryLeadIds(db: LeadLensDB, query: LeadsQuery, now: Date): Promise<string[]> {
  const [order, kept] = await Promise.all([
    sortedLeadIds(db, query.sort, query.direction),
    matchingLeadIds(db, query.filter, now),
  ]);
  return keepMatching(order, kept);
}
let db: LeadLensDB;

beforeAll(async () => {
  db = openDatabase(`leads-table-${Math.random()}`);
  await db.open();
  await db.leads.bulkAdd(leads);
  await db.activities.bulkAdd(activities);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

// The oracle: the same order computed the obvious way over every lead in memory.
const byId = (a: LeadRecord, b: LeadRecord) => (a.id < b.id ? -1 : 1);
const VALUE: Record<'score' | 'lastActivity' | 'created', (l: LeadRecord) => number | undefined> = {
  score: (l) => l.score?.total,
  lastActivity: (l) => l.lastActivityAt,
  created: (l) => l.createdAt,
};

function expectedOrder(sort: LeadsSortKey, direction: SortDirection): string[] {
  if (sort === 'stage' || sort === 'grade') {
    const groups: readonly string[] = sort === 'stage' ? STAGES : GRADES;
    const groupOf = (l: LeadRecord) => groups.indexOf((sort === 'stage' ? l.stage : l.score?.grade) ?? '');
    const byScore = expectedOrder('score', 'desc').map((id) => leads.find((l) => l.id === id) as LeadRecord);
    const ordered = groups.flatMap((_, g) => byScore.filter((l) => groupOf(l) === g));
    if (direction === 'desc') {
      const reversed = [...groups.keys()].reverse().flatMap((g) => byScore.filter((l) => groupOf(l) === g));
      return [...reversed, ...byScore.filter((l) => groupOf(l) < 0)].map((l) => l.id);
    }
    return [...ordered, ...byScore.filter((l) => groupOf(l) < 0)].map((l) => l.id);
  }
  const value = VALUE[sort];
  const present = leads
    .filter((l) => value(l) !== undefined)
    .sort((a, b) => (value(a) as number) - (value(b) as number) || byId(a, b));
  if (direction === 'desc') present.reverse();
  return [...present, ...leads.filter((l) => value(l) === undefined).sort(byId)].map((l) => l.id);
}

const overdueIds = new Set(leads.filter((l) => l.stage === 'mql' && l.id !== 'lead-0009').map((l) => l.id));

function keeps(filter: LeadsFilter, lead: LeadRecord): boolean {
  const any = (wanted: readonly string[] | undefined, have: readonly (string | undefined)[]) =>
    !wanted?.length || have.some((h) => h !== undefined && wanted.includes(h));
  return (
    any(filter.stages, [lead.stage]) &&
    any(filter.grades, [lead.score?.grade]) &&
    any(filter.sources, lead.sources) &&
    any(filter.countries, [lead.country]) &&
    any(filter.tags, lead.tags) &&
    (!filter.overdue || overdueIds.has(lead.id)) &&
    (!filter.search || matchesSearch(lead, queryWords(filter.search)))
  );
}

describe('queryLeadIds: every sort, both directions, the whole order', () => {
  const cases = LEADS_SORT_KEYS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const));
  it.each(cases)('%s %s', async (sort, direction) => {
    const ids = await queryLeadIds(db, { filter: {}, sort, direction }, SEED_NOW);
    expect(ids).toEqual(expectedOrder(sort, direction));
    expect(ids).toHaveLength(300);
  });

  // Parts of 7 keys end inside runs of equal scores (each score is held by two leads) and at
  // the last key of an index; parts of 1 hold nothing but ties.
  it.each(cases.flatMap(([sort, dir]) => [7, 1].map((size) => [sort, dir, size] as const)))(
    '%s %s, read %i keys per request',
    async (sort, direction, size) => {
      expect(await sortedLeadIds(db, sort, direction, { size })).toEqual(expectedOrder(sort, direction));
    },
  );

  it('stops reading when its signal is aborted', async () => {
    const controller = new AbortController();
    const reading = sortedLeadIds(db, 'score', 'desc', { size: 10, signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toThrow();
  });

  it('puts unscored leads last in both directions and ties in id order', async () => {
    const asc = await queryLeadIds(db, { filter: {}, sort: 'score', direction: 'asc' }, SEED_NOW);
    const desc = await queryLeadIds(db, { filter: {}, sort: 'score', direction: 'desc' }, SEED_NOW);
    expect(asc.slice(-30).every((id) => Number(id.slice(5)) % 10 === 5)).toBe(true);
    expect(desc.slice(-30).every((id) => Number(id.slice(5)) % 10 === 5)).toBe(true);
  });
});

describe('firstRows: the first rows of a query without reading the whole order', () => {
  const filters: [string, LeadsFilter][] = [
    ['no filter', {}],
    ['stage mql', { stages: ['mql'] }],
    ['grades C and D', { grades: ['C', 'D'] }],
    ['tag vip', { tags: ['vip'] }],
    ['SLA overdue', { overdue: true }],
    ['search "person1"', { search: 'person1' }],
    ['stage mql, country PL, tag webinar', { stages: ['mql'], countries: ['PL'], tags: ['webinar'] }],
    ['nothing matches', { stages: ['lost'], grades: ['A'] }],
  ];
  const sorts = LEADS_SORT_KEYS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const));
  const expected = (filter: LeadsFilter, sort: LeadsSortKey, direction: SortDirection) =>
    expectedOrder(sort, direction).filter((id) => keeps(filter, leads.find((l) => l.id === id) as LeadRecord));
  const limitsOf = {
    // 300 leads: every filter part is "small", and a walk may read them all.
    'small sets': { smallSet: 2_000, walkLimit: 3_000 },
    // No part is small: the walk down the sort's index answers, or gives up after 100 leads.
    walks: { smallSet: 0, walkLimit: 100 },
  } as const;

  describe.each(Object.entries(limitsOf))('%s', (_, limits) => {
    it.each(filters.flatMap(([name, filter]) => sorts.map(([sort, dir]) => [name, sort, dir, filter] as const)))(
      '%s, %s %s: the first 20 of the whole answer, or no answer',
      async (_name, sort, direction, filter) => {
        const all = expected(filter, sort, direction);
        const first = await firstRows(db, { filter, sort, direction }, SEED_NOW, 20, limits);
        if (!first) {
          // Given up: only a walk does that.
          expect(limits.smallSet).toBe(0);
          return;
        }
        expect(first.leads.map((l) => l.id)).toEqual(all.slice(0, 20));
        // Complete: every matching id, in order (no whole order to read after it).
        expect(first.ids).toEqual(first.complete ? all : all.slice(0, 20));
        // A filter part with few leads answers whole, however many rows that is.
        const hasSmallPart = Object.keys(filter).length > 0 && limits.smallSet > 0;
        expect(first.complete).toBe(hasSmallPart || all.length <= 20);
      },
    );
  });

  it('answers the common queries: the top leads, the top MQLs, a name', async () => {
    const walks = limitsOf.walks;
    const query = (filter: LeadsFilter) => ({ filter, sort: 'score' as const, direction: 'desc' as const });
    expect(await firstRows(db, query({}), SEED_NOW, 20, walks)).not.toBeNull();
    // Grouped: the first stage's best-scored leads, from the walk.
    const byStage = { filter: {}, sort: 'stage' as const, direction: 'asc' as const };
    expect(await firstRows(db, byStage, SEED_NOW, 5, walks)).not.toBeNull();
    expect(await firstRows(db, query({ stages: ['mql'] }), SEED_NOW, 5, walks)).not.toBeNull();
    const named = await firstRows(db, query({ search: 'vries' }), SEED_NOW, 20);
    expect(named).toEqual({
      leads: [expect.objectContaining({ name: 'Jan de Vries' })],
      ids: [expect.any(String)],
      complete: true,
    });
  });

  it('gives up when unscored leads would follow inside the rows', async () => {
    // 30 of the 300 leads are unscored: the score index holds 270.
    expect(await firstRows(db, { filter: {}, sort: 'score', direction: 'desc' }, SEED_NOW, 290)).toBeNull();
  });
});

describe('queryLeadIds: every filter, alone and combined', () => {
  it.each<[string, LeadsFilter]>([
    ['stage mql', { stages: ['mql'] }],
    ['stages sql or customer', { stages: ['sql', 'customer'] }],
    ['grade A', { grades: ['A'] }],
    ['grades C and D', { grades: ['C', 'D'] }],
    ['source hubspot (second of two sources)', { sources: ['hubspot'] }],
    ['source linkedin', { sources: ['linkedin'] }],
    ['country NL', { countries: ['NL'] }],
    ['countries SE, RO', { countries: ['SE', 'RO'] }],
    ['tag vip', { tags: ['vip'] }],
    ['tag webinar', { tags: ['webinar'] }],
    ['SLA overdue', { overdue: true }],
    ['stage mql, country PL, tag webinar', { stages: ['mql'], countries: ['PL'], tags: ['webinar'] }],
    ['grade B and search "manager"', { grades: ['B'], search: 'manager' }],
    ['overdue and source linkedin', { overdue: true, sources: ['linkedin'] }],
    ['nothing matches', { stages: ['lost'], grades: ['A'], countries: ['NL'], tags: ['vip'], sources: ['hubspot'] }],
  ])('%s, sorted by score', async (_, filter) => {
    const ids = await queryLeadIds(db, { filter, sort: 'score', direction: 'desc' }, SEED_NOW);
    const expected = expectedOrder('score', 'desc').filter((id) =>
      keeps(filter, leads.find((l) => l.id === id) as LeadRecord),
    );
    expect(ids).toEqual(expected);
  });

  it('an overdue filter follows the SLA setting', async () => {
    await db.settings.put({ key: 'sla-hours', value: 24 * 365 });
    const ids = await queryLeadIds(db, { filter: { overdue: true }, sort: 'created', direction: 'asc' }, SEED_NOW);
    await db.settings.delete('sla-hours');
    expect(ids).toEqual([]);
    expect(
      await queryLeadIds(db, { filter: { overdue: true }, sort: 'created', direction: 'asc' }, SEED_NOW),
    ).toHaveLength(overdueIds.size);
  });
});

describe('text search over name, company, title and email', () => {
  it.each<[string, string[]]>([
    ['stefan', ['Ștefan Ionescu']],
    ['ȘTEF ION', ['Ștefan Ionescu']],
    ['vries', ['Jan de Vries']],
    ['jan de', ['Jan de Vries']],
    ['tulpveld', ['Jan de Vries']],
    ['head of sales', ['Jan de Vries']],
    ['asa', ['Åsa Lindqvist']],
    ['fjallsoft', ['Åsa Lindqvist']],
    ['forsaljningschef', ['Åsa Lindqvist']],
    ['malgorzata', ['Małgorzata Wiśniewska']],
    ['zarzadu', ['Małgorzata Wiśniewska']],
    ['m.w@okna', ['Małgorzata Wiśniewska']],
    ['jan@tulpveld.nl', ['Jan de Vries']],
    ['carpathia director', ['Ștefan Ionescu']],
    ['person1', ['Person 10', 'Person 11', 'Person 12', 'Person 13', 'Person 14', 'Person 15']],
    ['nobody', []],
  ])('"%s"', async (search, names) => {
    const ids = await queryLeadIds(db, { filter: { search }, sort: 'created', direction: 'asc' }, SEED_NOW);
    const found = (await leadsWindow(db, ids, 0, ids.length)).map((l) => l?.name);
    if (search === 'person1') {
      // person10@ ... person199@ (person1@ is Jan de Vries's now): their email words start with "person1".
      expect(found).toHaveLength(110);
      expect(found).toEqual(expect.arrayContaining(names));
    } else {
      expect(found.sort()).toEqual(names.sort());
    }
  });

  it('a blank search filters nothing', async () => {
    expect(await queryLeadIds(db, { filter: { search: '  ' }, sort: 'score', direction: 'desc' }, SEED_NOW)).toEqual(
      expectedOrder('score', 'desc'),
    );
  });
});

describe('leadsWindow: paging windows of a query', () => {
  it.each([
    [0, 50],
    [50, 100],
    [275, 325],
    [-10, 5],
    [300, 350],
  ])('rows %i to %i are the ids in that window, in order', async (start, end) => {
    const ids = await queryLeadIds(db, { filter: {}, sort: 'lastActivity', direction: 'desc' }, SEED_NOW);
    const rows = await leadsWindow(db, ids, start, end);
    expect(rows.map((l) => l?.id)).toEqual(ids.slice(Math.max(0, start), Math.max(0, end)));
  });

  it('a lead erased after the ids were read leaves a hole, not a shifted row', async () => {
    const ids = ['lead-0001', 'missing', 'lead-0002'];
    expect((await leadsWindow(db, ids, 0, 3)).map((l) => l?.id)).toEqual(['lead-0001', undefined, 'lead-0002']);
  });
});

describe('filterOptions', () => {
  it('lists each source, country and tag once, from the indexes', async () => {
    expect(await filterOptions(db)).toEqual({
      sources: ['hubspot', 'import', 'linkedin'],
      countries: ['NL', 'PL', 'RO', 'SE'],
      tags: ['vip', 'webinar'],
    });
  });
});
