import { renderHook, waitFor } from '@testing-library/react';
import { SEED_NOW, seedLeads } from '@/test/unit/leadsTableSeed';
import { getDatabase } from '../db/database';
import { keepMatching, type LeadsQuery, matchingLeadIds, sortedLeadIds } from '../db/leadsTable';
import { useLeadIds } from './useLeadsTable';

const { leads, activities } = seedLeads(300);

beforeAll(async () => {
  const db = getDatabase();
  await db.leads.clear();
  await db.leads.bulkAdd(leads);
  await db.activities.bulkAdd(activities);
});

async function wholeAnswer(query: LeadsQuery): Promise<string[]> {
  const db = getDatabase();
  const [order, kept] = await Promise.all([
    sortedLeadIds(db, query.sort, query.direction),
    matchingLeadIds(db, query.filter, SEED_NOW),
  ]);
  return keepMatching(order, kept);
}

describe('useLeadIds', () => {
  it.each<[string, LeadsQuery]>([
    // 100 leads tagged vip: a small set, answered whole by the first read (more than a screen).
    ['a small set larger than the first rows', { filter: { tags: ['vip'] }, sort: 'score', direction: 'desc' }],
    // No filter: the first rows from a walk, then every id in order.
    ['every lead', { filter: {}, sort: 'created', direction: 'asc' }],
    ['a search', { filter: { search: 'person1' }, sort: 'lastActivity', direction: 'desc' }],
  ])('%s: ends with every matching id, in order, and their count', async (_, query) => {
    const expected = await wholeAnswer(query);
    const { result } = renderHook(() => useLeadIds(query, SEED_NOW));
    await waitFor(() => expect(result.current?.complete).toBe(true));
    expect(result.current?.ids).toEqual(expected);
    expect(result.current?.total).toBe(expected.length);
    expect(result.current?.key).toBe(JSON.stringify(query));
  });
});
