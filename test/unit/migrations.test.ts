import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import {
  ActivityRecordSchema,
  AnswerRecordSchema,
  CaptureRecordSchema,
  DismissedMatchRecordSchema,
  LeadRecordSchema,
  MergeRecordSchema,
  ModelRecordSchema,
  NoteRecordSchema,
  OutcomeRecordSchema,
  SettingRecordSchema,
} from '@/lib/db/records';
import { SCHEMA_VERSIONS } from '@/lib/db/schemaVersions';

/**
 * The upgrade harness. For every released schema version there is a seed that writes realistic
 * records in that version's shape; the test builds a database at that version, closes it, opens
 * it with the current code and checks that every record survived and validates today.
 * Adding schema version N+1 means: add its entry in lib/db/schemaVersions.ts and a seed for N+1 here.
 */
const SEEDS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    const at = Date.UTC(2026, 5, 1);
    await db.table('leads').bulkAdd([
      {
        id: 'lead-1',
        name: 'Małgorzata Wiśniewska',
        title: 'Kierownik działu sprzedaży',
        company: 'Polskie Okna Sp. z o.o.',
        location: 'Poznań, Wielkopolskie, Poland',
        country: 'PL',
        linkedinUrl: 'https://www.linkedin.com/in/malgorzata-wisniewska/',
        identityKeys: ['linkedin:in/malgorzata-wisniewska'],
        sources: ['linkedin'],
        stage: 'mql',
        stageManual: false,
        stageHistory: [
          { at, from: null, to: 'lead', cause: 'capture' },
          { at, from: 'lead', to: 'mql', cause: 'score', reason: 'fit 60, engagement 40' },
        ],
        score: {
          fit: 60,
          engagement: 40,
          total: 100,
          grade: 'B',
          level: 2,
          cell: 'B2',
          modelId: 'default-1',
          scoredAt: at,
        },
        tags: ['webinar-2026'],
        createdAt: at,
        updatedAt: at,
        lastActivityAt: at,
      },
      {
        id: 'lead-2',
        name: 'Sven Åkesson',
        identityKeys: ['email:sven@example.se'],
        sources: ['manual'],
        stage: 'lead',
        stageManual: true,
        stageHistory: [{ at, from: null, to: 'lead', cause: 'manual', reason: 'met at a fair' }],
        tags: [],
        createdAt: at,
        updatedAt: at,
      },
    ]);
    await db.table('activities').add({
      id: 'act-1',
      leadId: 'lead-1',
      type: 'pricing-page-visit',
      at,
      source: 'hubspot',
      dedupeKey: 'hubspot:evt-1',
    });
    await db.table('answers').add({
      id: 'lead-1:bant:budget',
      leadId: 'lead-1',
      framework: 'bant',
      item: 'budget',
      status: 'met',
      answer: '50k EUR approved for Q3',
      answeredAt: at,
    });
    await db.table('models').add({ id: 'default-1', version: 1, active: 1, model: { any: 'json' }, createdAt: at });
    await db.table('outcomes').add({ id: 'out-1', leadId: 'lead-1', outcome: 'won', at });
    await db.table('captures').add({
      leadId: 'lead-1',
      site: 'linkedin',
      url: 'https://www.linkedin.com/in/malgorzata-wisniewska/',
      kind: 'profile',
      at,
      fields: { name: 'Małgorzata Wiśniewska' },
      diagnostics: [{ field: 'name', strategy: 'json-ld' }],
    });
    await db.table('settings').add({ key: 'slaHours', value: 24 });
  },
  2: async (db) => {
    await SEEDS[1]?.(db);
    await db.table('notes').add({
      id: 'note-1',
      leadId: 'lead-1',
      kind: 'call',
      text: '[00:12] Budget approved for Q3\n[03:40] Needs SSO',
      startedAt: Date.UTC(2026, 5, 2, 9),
      endedAt: Date.UTC(2026, 5, 2, 9, 20),
      updatedAt: Date.UTC(2026, 5, 2, 9, 20),
    });
  },
  // v3 only adds lead indexes (score.grade, *sources, country): the v2 records are v3's too.
  3: async (db) => {
    await SEEDS[2]?.(db);
  },
  4: async (db) => {
    await SEEDS[3]?.(db);
    const at = Date.UTC(2026, 6, 1);
    const person = (id: string, name: string, keys: string[]) => ({
      id,
      name,
      company: 'Polskie Okna',
      identityKeys: keys,
      sources: ['linkedin'],
      stage: 'lead',
      stageManual: false,
      stageHistory: [{ at, from: null, to: 'lead', cause: 'capture' }],
      tags: [],
      createdAt: at,
      updatedAt: at,
      fieldSources: {
        name: [{ value: name, source: 'linkedin', url: 'https://www.linkedin.com/in/x/', capturedAt: at }],
      },
    });
    const kept = person('lead-3', 'Jan Kowalski', ['linkedin:in/jan-kowalski']);
    const removed = person('lead-4', 'Jan Kowalski', ['email:jan@okna.pl']);
    await db.table('leads').add({ ...kept, identityKeys: [...kept.identityKeys, ...removed.identityKeys] });
    await db.table('merges').add({
      id: 'merge-1',
      keptId: 'lead-3',
      removedId: 'lead-4',
      at,
      cause: 'user',
      kept,
      removed,
      result: { ...kept, identityKeys: [...kept.identityKeys, ...removed.identityKeys] },
      moved: { activities: [], outcomes: [], notes: [], captures: [] },
      answers: { removed: [], written: [], replaced: [] },
    });
    await db.table('dismissedMatches').add({ id: 'lead-1|lead-2', leadIds: ['lead-1', 'lead-2'], at });
  },
  // v5 only adds the word index: a v4 database's records are v5's, with the words the middleware writes.
  5: async (db) => {
    await SEEDS[4]?.(db);
  },
  // v6 only adds compound indexes ([stage+score.total], [score.grade+score.total]).
  6: async (db) => {
    await SEEDS[5]?.(db);
  },
};

const TABLES = {
  leads: LeadRecordSchema,
  activities: ActivityRecordSchema,
  answers: AnswerRecordSchema,
  models: ModelRecordSchema,
  outcomes: OutcomeRecordSchema,
  captures: CaptureRecordSchema,
  settings: SettingRecordSchema,
  notes: NoteRecordSchema,
  merges: MergeRecordSchema,
  dismissedMatches: DismissedMatchRecordSchema,
} as const;

const latest = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

describe('schema upgrades', () => {
  it('has a seed for every released version', () => {
    expect(Object.keys(SEEDS).map(Number).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'a database at version %i opens at the latest with every record intact',
    async (version) => {
      const name = `migration-from-${version}`;
      const old = openDatabase(name, version);
      await old.open();
      const seed = SEEDS[version];
      if (!seed) throw new Error(`no seed for version ${version}`);
      await seed(old);
      const before = Object.fromEntries(
        // Tables added by later versions do not exist yet: they must come out empty.
        await Promise.all(old.tables.map(async (t) => [t.name, await t.count()] as const)),
      );
      old.close();

      const db: LeadLensDB = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(latest);
      for (const [table, schema] of Object.entries(TABLES)) {
        const rows = await db.table(table).toArray();
        expect(rows.length, `${table} row count`).toBe(before[table] ?? 0);
        for (const row of rows) expect(() => schema.parse(row), `${table} ${JSON.stringify(row)}`).not.toThrow();
      }
      db.close();
      await Dexie.delete(name);
    },
  );
});

describe('schema v3 (leads table indexes)', () => {
  it.each([1, 2])('indexes the grade, sources and country of leads stored at version %i', async (version) => {
    const name = `migration-v3-indexes-from-${version}`;
    const old = openDatabase(name, version);
    await old.open();
    await SEEDS[version]?.(old);
    old.close();

    const db = openDatabase(name, 3);
    await db.open();
    expect(await db.leads.where('score.grade').equals('B').primaryKeys()).toEqual(['lead-1']);
    expect(await db.leads.where('sources').equals('manual').primaryKeys()).toEqual(['lead-2']);
    expect(await db.leads.where('country').equals('PL').primaryKeys()).toEqual(['lead-1']);
    // Sven has no score and no country: he is in neither index, and still stored.
    expect(await db.leads.where('score.grade').anyOf(['A', 'B', 'C', 'D']).count()).toBe(1);
    expect(await db.leads.count()).toBe(2);
    db.close();
    await Dexie.delete(name);
  });
});

describe('schema version 4', () => {
  it('re-keys stored e-mail addresses: plus tags and Gmail dots dropped, shared inboxes no longer keys', async () => {
    const name = 'migration-v4-email-keys';
    const old = openDatabase(name, 3);
    await old.open();
    const at = Date.UTC(2026, 5, 1);
    await old.table('leads').add({
      id: 'lead-9',
      name: 'Jan de Vries',
      identityKeys: [
        'linkedin:in/jan-de-vries',
        'email:jan+news@acme.nl',
        'email:info@acme.nl',
        'email:j.de.vries@gmail.com',
      ],
      sources: ['import'],
      stage: 'lead',
      stageManual: false,
      stageHistory: [{ at, from: null, to: 'lead', cause: 'import' }],
      tags: [],
      createdAt: at,
      updatedAt: at,
    });
    old.close();
    const db: LeadLensDB = openDatabase(name);
    await db.open();
    expect((await db.leads.get('lead-9'))?.identityKeys).toEqual([
      'linkedin:in/jan-de-vries',
      'email:jan@acme.nl',
      'email:jdevries@gmail.com',
    ]);
    db.close();
    await Dexie.delete(name);
  });
});

describe('schema version 5 (word index)', () => {
  it.each([1, 2, 3, 4])('indexes the words of every lead stored at version %i', async (version) => {
    const name = `migration-v5-words-from-${version}`;
    const old = openDatabase(name, version);
    await old.open();
    await SEEDS[version]?.(old);
    const ids = (await old.table('leads').toCollection().primaryKeys()).sort();
    old.close();

    const db: LeadLensDB = openDatabase(name);
    await db.open();
    const found = async (prefix: string) =>
      [...new Set(await db.leads.where('searchWords').startsWith(prefix).primaryKeys())].sort();
    // Folded: "Małgorzata Wiśniewska", "Polskie Okna Sp. z o.o.", "Kierownik działu sprzedaży".
    expect(await found('malgo')).toEqual(['lead-1']);
    expect(await found('wisniew')).toEqual(['lead-1']);
    expect(await found('dzialu')).toEqual(['lead-1']);
    expect(await found('akess')).toEqual(['lead-2']);
    if (version >= 4) expect(await found('kowalski')).toEqual(['lead-3']);
    // Every lead has its words, and every lead is still there.
    const withWords = await db.leads.filter((lead) => (lead as { searchWords?: string[] }).searchWords !== undefined);
    expect((await withWords.primaryKeys()).sort()).toEqual(ids);
    db.close();
    await Dexie.delete(name);
  });

  it('gives words to more leads than one upgrade step reads (2,000)', async () => {
    const name = 'migration-v5-words-many';
    const old = openDatabase(name, 4);
    await old.open();
    const at = Date.UTC(2026, 6, 1);
    const many = Array.from({ length: 2_345 }, (_, i) => ({
      id: `lead-${String(i).padStart(5, '0')}`,
      name: `Person${i} Kowalska`,
      identityKeys: [],
      sources: ['import'],
      stage: 'lead',
      stageManual: false,
      stageHistory: [],
      tags: [],
      createdAt: at,
      updatedAt: at,
    }));
    await old.table('leads').bulkAdd(many);
    old.close();

    const db: LeadLensDB = openDatabase(name);
    await db.open();
    expect(await db.leads.where('searchWords').equals('kowalska').count()).toBe(2_345);
    expect(await db.leads.where('searchWords').equals('person2344').primaryKeys()).toEqual(['lead-02344']);
    db.close();
    await Dexie.delete(name);
  });
});

describe('schema version 6 (stage and grade by score)', () => {
  it.each([1, 4, 5])('indexes each stage and grade by score for leads stored at version %i', async (version) => {
    const name = `migration-v6-from-${version}`;
    const old = openDatabase(name, version);
    await old.open();
    await SEEDS[version]?.(old);
    old.close();

    const db: LeadLensDB = openDatabase(name);
    await db.open();
    // Małgorzata (lead-1) is the scored MQL with grade B; unscored leads are in neither index.
    const inRange = (index: string, group: string) =>
      db.leads.where(index).between([group, Dexie.minKey], [group, Dexie.maxKey]).primaryKeys();
    expect(await inRange('[stage+score.total]', 'mql')).toEqual(['lead-1']);
    expect(await inRange('[score.grade+score.total]', 'B')).toEqual(['lead-1']);
    expect(await inRange('[stage+score.total]', 'lead')).toEqual([]);
    db.close();
    await Dexie.delete(name);
  });
});
