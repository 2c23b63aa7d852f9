import Dexie from 'dexie';
import { SEED_NOW, seedLeads } from '@/test/unit/leadsTableSeed';
import { type LeadLensDB, openDatabase } from './database';

// Every way LeadLens writes a lead keeps the word index right, with no code of its own.
let db: LeadLensDB;
const [lead] = seedLeads(1).leads;
if (!lead) throw new Error('no seed lead');

beforeEach(async () => {
  db = openDatabase(`search-words-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const foundBy = async (word: string) => db.leads.where('searchWords').startsWith(word).primaryKeys();

describe('the word index follows every write', () => {
  it.each<[string, (db: LeadLensDB) => Promise<unknown>]>([
    ['put', (db) => db.leads.put({ ...lead, name: 'Wiebe Zwart' })],
    ['bulkPut', (db) => db.leads.bulkPut([{ ...lead, name: 'Wiebe Zwart' }])],
    ['update', (db) => db.leads.update(lead.id, { name: 'Wiebe Zwart' })],
    ['modify', (db) => db.leads.where('id').equals(lead.id).modify({ name: 'Wiebe Zwart' })],
    [
      'modify with a function',
      (db) =>
        db.leads.toCollection().modify((l) => {
          l.name = 'Wiebe Zwart';
        }),
    ],
  ])('%s: the new name is found, the old one no longer', async (_name, write) => {
    await db.leads.add({ ...lead, name: 'Anna Berg', updatedAt: SEED_NOW.getTime() });
    expect(await foundBy('berg')).toEqual([lead.id]);
    await write(db);
    expect(await foundBy('zwart')).toEqual([lead.id]);
    expect(await foundBy('berg')).toEqual([]);
  });

  it('is never seen by code reading leads', async () => {
    await db.leads.add({ ...lead, name: 'Anna Berg' });
    const reads = [
      await db.leads.get(lead.id),
      ...(await db.leads.bulkGet([lead.id])),
      ...(await db.leads.toArray()),
      ...(await db.leads.where('searchWords').startsWith('berg').toArray()),
    ];
    expect(reads).toHaveLength(4);
    for (const read of reads) expect(read).not.toHaveProperty('searchWords');
  });

  it('a deleted lead leaves the index', async () => {
    await db.leads.add({ ...lead, name: 'Anna Berg' });
    await db.leads.delete(lead.id);
    expect(await foundBy('anna')).toEqual([]);
  });
});
