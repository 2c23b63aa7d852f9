import Dexie from 'dexie';
import Papa from 'papaparse';
import { SEED_NOW, seedLeads } from '@/test/unit/leadsTableSeed';
import { bulkAddTag, bulkErase, bulkRemoveTag, bulkSetStage, exportSelectionCsv } from './bulkLeads';
import { type LeadLensDB, openDatabase } from './database';
import { setSetting } from './settings';

let db: LeadLensDB;
const later = new Date(SEED_NOW.getTime() + 60_000);

beforeEach(async () => {
  db = openDatabase(`bulk-${Math.random()}`);
  await db.open();
  const { leads, activities } = seedLeads(300);
  await db.leads.bulkAdd(leads);
  await db.activities.bulkAdd(activities);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ids = (...n: number[]) => n.map((i) => `lead-${String(i).padStart(4, '0')}`);

describe('bulkSetStage', () => {
  it('sets every selected lead by hand with the reason, skips erased ones, leaves the rest', async () => {
    const selected = [...ids(0, 1, 2, 250), 'erased-meanwhile'];
    expect(await bulkSetStage(db, selected, 'nurture', 'Q1 budget freeze', later)).toBe(4);
    for (const lead of await db.leads.bulkGet(ids(0, 1, 2, 250))) {
      expect(lead?.stage).toBe('nurture');
      expect(lead?.stageManual).toBe(true);
      expect(lead?.stageHistory.at(-1)).toMatchObject({
        to: 'nurture',
        cause: 'manual',
        reason: 'Q1 budget freeze',
        at: later.getTime(),
      });
    }
    expect((await db.leads.get('lead-0003'))?.stage).toBe('opportunity');
    expect(await db.leads.where('stage').equals('nurture').count()).toBe(37 + 4);
  });

  it('changes all of a large selection in one go', async () => {
    const all = (await db.leads.toCollection().primaryKeys()) as string[];
    expect(await bulkSetStage(db, all, 'lost', 'market left', later)).toBe(300);
    expect(await db.leads.where('stage').equals('lost').count()).toBe(300);
  });
});

describe('bulkAddTag / bulkRemoveTag', () => {
  it.each<[string, 'add' | 'remove', string, number[], number, number[]]>([
    // action, tag, selection, changed, leads with the tag afterwards among the selection
    ['adds a new tag', 'add', 'q4-event', [0, 1, 2], 3, [0, 1, 2]],
    ['adds a tag some already have (only to the others)', 'add', 'vip', [0, 1, 2], 2, [0, 1, 2]],
    ['trims the typed tag', 'add', '  vip  ', [3], 1, [3]],
    ['removes a tag', 'remove', 'webinar', [1, 2, 3], 2, []],
    ['removing a tag nobody has changes nothing', 'remove', 'nope', [1, 2], 0, []],
  ])('%s', async (_, action, tag, selection, changed, tagged) => {
    const fn = action === 'add' ? bulkAddTag : bulkRemoveTag;
    expect(await fn(db, ids(...selection), tag, later)).toBe(changed);
    const withTag = await db.leads.where('tags').equals(tag.trim()).primaryKeys();
    expect(withTag.filter((id) => ids(...selection).includes(id as string))).toEqual(ids(...tagged));
  });

  it('refuses an empty tag', async () => {
    await expect(bulkAddTag(db, ids(0), '   ', later)).rejects.toThrow();
  });
});

describe('bulkErase', () => {
  it('removes each selected person from every table, nobody else', async () => {
    await db.answers.add({
      id: 'lead-0009:bant:need',
      leadId: 'lead-0009',
      framework: 'bant',
      item: 'need',
      status: 'met',
      answer: 'yes',
      answeredAt: 1,
    });
    await db.outcomes.add({ id: 'o1', leadId: 'lead-0009', outcome: 'won', at: 1 });
    await db.notes.add({ id: 'n1', leadId: 'lead-0009', kind: 'call', text: 'x', startedAt: 1, updatedAt: 1 });
    await db.captures.add({
      leadId: 'lead-0009',
      site: 'linkedin',
      url: 'https://www.linkedin.com/in/x/',
      kind: 'profile',
      at: 1,
      fields: {},
      diagnostics: [],
    });
    await db.outcomes.add({ id: 'o2', leadId: 'lead-0010', outcome: 'lost', at: 1 });
    await setSetting(db, 'sla-notified', ['lead-0009@5', 'lead-0017@6']);

    const counts = await bulkErase(db, ids(9, 1));
    expect(counts).toEqual({ leads: 2, activities: 1, answers: 1, captures: 1, outcomes: 1, notes: 1 });
    expect(await db.leads.bulkGet(ids(9, 1))).toEqual([undefined, undefined]);
    expect(await db.leads.count()).toBe(298);
    expect(await db.outcomes.toCollection().primaryKeys()).toEqual(['o2']);
    expect((await db.settings.get('sla-notified'))?.value).toEqual(['lead-0017@6']);
  });
});

describe('exportSelectionCsv', () => {
  it.each(['hubspot', 'salesforce', 'pipedrive', 'leadlens'] as const)(
    '%s: one row per selected lead, in the order given',
    async (format) => {
      const csv = await exportSelectionCsv(db, ids(2, 1, 0, 299), format);
      const rows = Papa.parse<string[]>(csv.trim()).data;
      expect(rows).toHaveLength(5);
      const joined = rows.slice(1).map((r) => r.join('|'));
      expect(joined[0]).toContain('asa@fjallsoft.se');
      expect(joined[1]).toContain('jan@tulpveld.nl');
      expect(joined[2]).toContain('stefan@carpathia.ro');
      expect(joined[3]).toContain('person299@example.com');
    },
  );
});
