import Dexie, { type DBCoreCursor } from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { followUpsDue, hotLeads, searchLeads } from '@/lib/db/leadQueries';
import type { LeadRecord, OutcomeRecord, StageName } from '@/lib/db/records';
import { storedLead } from './leadFixtures';

const DAY = 86_400_000;
const now = new Date(Date.UTC(2026, 10, 24, 9));

function lead(id: string, name: string, company: string, stage: StageName, total?: number, email?: string): LeadRecord {
  const base = storedLead({ id, name, company, stage, email, updatedAt: now.getTime() - DAY });
  return {
    ...base,
    identityKeys: [`linkedin:in/${id}`, ...(email ? [`email:${email}`] : [])],
    score: total === undefined || !base.score ? undefined : { ...base.score, total },
  };
}

const leads = [
  lead('nl-jan', 'Jan de Vries', 'Kaaskop B.V.', 'mql', 80, 'jan@kaaskop.nl'),
  lead('nl-anouk', 'Anouk van den Berg', 'Rijnmond Logistiek', 'lead', 40),
  lead('nl-noel', 'Noël Bakker', 'Jansen & Zonen', 'sql', 95),
  lead('nl-pieter', 'Pieter Jansen', 'Delfts Blauw', 'lead'),
  lead('sv-asa', 'Åsa Sjöberg', 'Norrsken AB', 'mql', 120),
  lead('sv-bjorn', 'Björn Ström', 'Ström Konsult', 'customer', 150),
  lead('sv-lina', 'Lina Nyström', 'Göta Data', 'nurture', 30),
  lead('pl-lukasz', 'Łukasz Wójcik', 'Wisła Systems', 'opportunity', 110, 'lukasz.wojcik@wisla.pl'),
  lead('pl-malgorzata', 'Małgorzata Żak', 'Żabka Tech', 'disqualified', -20),
  lead('pl-kasia', 'Katarzyna Kowalska', 'Kraków Soft', 'nurture'),
  lead('ro-stefan', 'Ștefan Țurcanu', 'Carpathia Software', 'nurture', 60, 'stefan@carpathia.ro'),
  lead('ro-ana', 'Ana Popescu', 'Carpathia Software', 'lost', 70),
  lead('ro-ioana', 'Ioana Mureșan', 'Mureș Data', 'lead', 55),
];

function nurture(leadId: string, dueInDays: number, recordedDaysAgo: number, reason?: string): OutcomeRecord {
  return {
    id: `${leadId}-${recordedDaysAgo}`,
    leadId,
    outcome: 'nurture',
    reason,
    at: now.getTime() - recordedDaysAgo * DAY,
    revisitAt: now.getTime() + dueInDays * DAY,
  };
}

/** Counts requests on the leads table and the records (or keys) they read: cursor steps and rows. */
function countLeadReads(db: LeadLensDB): { requests: number; reads: number } {
  const counter = { requests: 0, reads: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-lead-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'leads') return table;
        const counted = (cursor: DBCoreCursor): DBCoreCursor =>
          Object.create(cursor, {
            start: {
              value: (onNext: () => void) =>
                cursor.start(() => {
                  counter.reads++;
                  onNext();
                }),
            },
            key: { get: () => cursor.key },
            primaryKey: { get: () => cursor.primaryKey },
            value: { get: () => cursor.value },
          });
        return {
          ...table,
          get: (req) => {
            counter.requests++;
            counter.reads++;
            return table.get(req);
          },
          getMany: (req) => {
            counter.requests++;
            counter.reads += req.keys.length;
            return table.getMany(req);
          },
          // IndexedDB counts an index range by stepping through it: every entry counted is a read.
          count: async (req) => {
            counter.requests++;
            const n = await table.count(req);
            counter.reads += n;
            return n;
          },
          // Key-only queries (primaryKeys()) read index entries, not leads.
          query: async (req) => {
            counter.requests++;
            const res = await table.query(req);
            if (req.values) counter.reads += res.result.length;
            return res;
          },
          openCursor: async (req) => {
            counter.requests++;
            const cursor = await table.openCursor(req);
            return cursor && counted(cursor);
          },
        };
      },
    }),
  });
  return counter;
}

let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`lead-queries-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('searchLeads', () => {
  beforeEach(async () => {
    await db.leads.bulkAdd(leads);
  });

  it.each<[string, string[]]>([
    ['jan', ['nl-jan', 'nl-noel', 'nl-pieter']],
    // Pieter Jansen at Delfts Blauw: "jan" starts Jansen, "de" starts Delfts.
    ['JAN DE', ['nl-jan', 'nl-pieter']],
    ['vries', ['nl-jan']],
    ['de vr', ['nl-jan']],
    ['asa', ['sv-asa']],
    ['ÅSA', ['sv-asa']],
    ['sjoberg', ['sv-asa']],
    ['strom', ['sv-bjorn']],
    ['lukasz', ['pl-lukasz']],
    ['wójcik', ['pl-lukasz']],
    ['lukasz.w', ['pl-lukasz']],
    ['malgorzata', ['pl-malgorzata']],
    ['zabka', ['pl-malgorzata']],
    ['stefan', ['ro-stefan']],
    ['şt', ['ro-stefan', 'sv-bjorn']],
    ['carpathia', ['ro-ana', 'ro-stefan']],
    ['stefan@carp', ['ro-stefan']],
    ['ana', ['ro-ana']],
    ['muresan', ['ro-ioana']],
    ['xyz', []],
    ['   ', []],
  ])('"%s" finds %j', async (query, ids) => {
    expect((await searchLeads(db, query)).map((r) => r.lead.id)).toEqual(ids);
  });

  it('ranks name prefixes before companies, emails and later words, and says how each matched', async () => {
    await db.leads.add(lead('nl-jantje', 'Bram Smit', 'Acme', 'lead', 10, 'jantje@acme.nl'));
    const results = await searchLeads(db, 'jan');
    expect(results.map((r) => [r.lead.id, r.match])).toEqual([
      ['nl-jan', 'name'],
      ['nl-noel', 'company'],
      ['nl-jantje', 'email'],
      ['nl-pieter', 'word'],
    ]);
  });

  it('returns each lead once and at most `limit` results', async () => {
    expect((await searchLeads(db, 'jan', 2)).map((r) => r.lead.id)).toEqual(['nl-jan', 'nl-noel']);
    expect((await searchLeads(db, 'stefan')).length).toBe(1);
  });
});

describe('hotLeads', () => {
  it.each<[number, string[]]>([
    [1, ['sv-asa']],
    [4, ['sv-asa', 'nl-jan', 'pl-lukasz', 'nl-noel']],
    [10, ['sv-asa', 'nl-jan', 'pl-lukasz', 'nl-noel', 'ro-stefan', 'ro-ioana', 'nl-anouk', 'sv-lina']],
  ])('limit %i: MQLs by score, then other open leads by score', async (limit, ids) => {
    await db.leads.bulkAdd(leads);
    expect((await hotLeads(db, limit)).map((l) => l.id)).toEqual(ids);
  });

  it('is empty for a new user', async () => {
    expect(await hotLeads(db)).toEqual([]);
  });

  it('finds the few MQLs that score below the walked top of the score index', async () => {
    const high = Array.from({ length: 600 }, (_, i) => lead(`high-${i}`, `High ${i}`, 'Big Co', 'lead', 1_000 + i));
    const lowMqls = [5, 9, 7].map((total) => lead(`mql-${total}`, `Mql ${total}`, 'Small Co', 'mql', total));
    await db.leads.bulkAdd([...high, ...lowMqls]);
    expect((await hotLeads(db, 4)).map((l) => l.id)).toEqual(['mql-9', 'mql-7', 'mql-5', 'high-599']);
  });
});

describe('followUpsDue', () => {
  beforeEach(async () => {
    await db.leads.bulkAdd(leads);
    await db.outcomes.bulkAdd([
      nurture('ro-stefan', -2, 30, 'budget next quarter'),
      nurture('sv-lina', -5, 40),
      nurture('pl-kasia', -10, 60),
      nurture('pl-kasia', 10, 1),
      nurture('ro-ana', -20, 90),
      { id: 'won', leadId: 'sv-bjorn', outcome: 'won', at: now.getTime() - DAY },
    ]);
  });

  it('lists nurtured leads whose latest revisit date has come, oldest first', async () => {
    const due = await followUpsDue(db, now);
    expect(due.map((f) => [f.lead.id, f.revisitAt, f.reason])).toEqual([
      ['sv-lina', now.getTime() - 5 * DAY, undefined],
      ['ro-stefan', now.getTime() - 2 * DAY, 'budget next quarter'],
    ]);
  });

  it('respects the limit and the clock', async () => {
    expect((await followUpsDue(db, now, 1)).map((f) => f.lead.id)).toEqual(['sv-lina']);
    expect(await followUpsDue(db, new Date(now.getTime() - 6 * DAY))).toEqual([]);
    const later = await followUpsDue(db, new Date(now.getTime() + 11 * DAY));
    expect(later.map((f) => f.lead.id)).toEqual(['sv-lina', 'ro-stefan', 'pl-kasia']);
  });
});

describe('at 20,000 leads', () => {
  const first = ['Jan', 'Sanne', 'Erik', 'Åsa', 'Piotr', 'Łucja', 'Ioana', 'Mihai', 'Daan', 'Märta'];
  const last = ['Bakker', 'Visser', 'Lindqvist', 'Sjöström', 'Nowak', 'Wiśniewska', 'Popa', 'Dumitrescu'];
  const companies = ['Philips', 'Volvo', 'Orlen', 'Dacia', 'Ericsson', 'ASML', 'Allegro', 'Bitdefender'];
  const many = Array.from({ length: 20_000 }, (_, i) => {
    const stage: StageName = i % 10 === 0 ? 'mql' : i % 7 === 0 ? 'customer' : 'lead';
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i}`;
    return {
      ...lead(`bulk-${i}`, name, `${companies[i % companies.length]} ${i % 97}`, stage, i % 1000),
      updatedAt: now.getTime() - i * 60_000,
    };
  });
  // One database for the suite (seeding takes a few seconds); the read counter is reset per test.
  const bulk = openDatabase(`lead-queries-bulk-${Math.random()}`);
  const counter = countLeadReads(bulk);

  beforeAll(async () => {
    await bulk.leads.bulkAdd([
      ...many,
      { ...lead('old-vries', 'Jan de Vries', 'Kaaskop B.V.', 'lead', 10), updatedAt: 0 },
    ]);
  });
  afterAll(async () => {
    bulk.close();
    await Dexie.delete(bulk.name);
  });
  beforeEach(() => {
    counter.requests = 0;
    counter.reads = 0;
  });

  // Each prefix step probes the index for every case and accent spelling of the next character
  // (a key-only read of at most one entry each), then one walk reads the matches.
  it('finds name prefixes across accents with a few small reads, not a scan of 20,000', async () => {
    const results = await searchLeads(bulk, 'asa sjo');
    expect(results).toHaveLength(20);
    expect(results.every((r) => r.match === 'name' && r.lead.name?.startsWith('Åsa Sjöström'))).toBe(true);
    expect(counter.requests).toBeLessThan(100);
    expect(counter.reads).toBeLessThan(50);
  });

  it('finds an old lead by name prefix, reading no more leads than it shows', async () => {
    expect((await searchLeads(bulk, 'jan de')).map((r) => [r.lead.id, r.match])).toEqual([['old-vries', 'name']]);
    expect(counter.reads).toBeLessThanOrEqual(50);
  });

  it('finds later words in any lead through the word index, reading only the leads it returns', async () => {
    const many = await searchLeads(bulk, 'wisniewska');
    expect(many).toHaveLength(20);
    expect(many.every((r) => r.match === 'word' && r.lead.name?.includes(' Wiśniewska '))).toBe(true);
    expect(counter.reads).toBeLessThanOrEqual(20 + 10);

    counter.reads = 0;
    // "Jan de Vries" was last updated long ago: the index finds him all the same.
    expect((await searchLeads(bulk, 'vries')).map((r) => [r.lead.id, r.match])).toEqual([['old-vries', 'word']]);
    expect(counter.reads).toBeLessThanOrEqual(10);
  });

  it('ranks the hot list from the score index without reading every MQL', async () => {
    const expected = many
      .filter((l) => l.stage === 'mql')
      .sort((a, b) => (b.score?.total ?? 0) - (a.score?.total ?? 0))
      .slice(0, 10)
      .map((l) => l.score?.total);
    expect((await hotLeads(bulk)).map((l) => l.score?.total)).toEqual(expected);
    expect(counter.reads).toBeLessThan(250);
    expect(counter.requests).toBeLessThanOrEqual(2);
  });
});
