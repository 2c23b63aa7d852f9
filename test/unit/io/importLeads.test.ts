import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { LeadRecordSchema } from '@/lib/db/records';
import { detectColumns } from '@/lib/io/columnMapping';
import { parseLeadsCsv } from '@/lib/io/csvImport';
import type { ParsedLead } from '@/lib/io/csvRows';
import { importLeads } from '@/lib/io/importLeads';
import { storedLead } from '../leadFixtures';

const now = new Date('2026-11-20T10:00:00Z');
const DAY = 86_400_000;

let db: LeadLensDB;
let ids = 0;
const newId = () => `new-${++ids}`;

beforeEach(async () => {
  db = openDatabase(`import-${Math.random()}`);
  await db.open();
  ids = 0;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const row = (line: number, fields: ParsedLead['fields'], stage?: ParsedLead['stage']): ParsedLead =>
  stage ? { line, fields, stage } : { line, fields };

async function snapshot() {
  return { leads: await db.leads.toArray(), models: await db.models.toArray() };
}

describe('importLeads', () => {
  it('creates scored leads with source "import" and the imported stage in their history', async () => {
    const summary = await importLeads(
      db,
      [
        row(2, { name: 'Ana Popescu', email: 'ana@carpathia.ro', title: 'CEO', companySize: 250, country: 'RO' }),
        row(3, { name: 'Jan de Vries', title: 'VP Sales' }, 'sql'),
      ],
      now,
      { newId },
    );
    expect(summary).toEqual({ created: 2, updated: 0 });
    const ana = await db.leads.get('new-1');
    expect(ana).toMatchObject({
      name: 'Ana Popescu',
      identityKeys: ['email:ana@carpathia.ro'],
      sources: ['import'],
      stage: 'lead',
      stageHistory: [{ at: now.getTime(), from: null, to: 'lead', cause: 'import' }],
      score: { modelId: 'default-1', scoredAt: now.getTime() },
      createdAt: now.getTime(),
    });
    expect(ana?.score?.fit).toBeGreaterThan(0);
    // A stage past MQL is a person's decision: the score leaves it alone.
    expect((await db.leads.get('new-2'))?.stage).toBe('sql');
    expect(await db.models.get('default-1')).toMatchObject({ active: 1 });
  });

  it('merges into the stored lead with the same email: new values win, the rest and the activities stay', async () => {
    await db.leads.add(
      storedLead({
        id: 'ana',
        email: 'ana@carpathia.ro',
        identityKeys: ['linkedin:in/ana-popescu', 'email:ana@carpathia.ro'],
      }),
    );
    await db.activities.add({
      id: 'visit',
      leadId: 'ana',
      type: 'pricing-page-visit',
      at: now.getTime() - DAY,
      source: 'hubspot',
      dedupeKey: 'hubspot:visit',
    });
    const summary = await importLeads(
      db,
      [row(2, { name: 'Ana Popescu', email: 'ana@carpathia.ro', title: 'CEO', phone: '+40 264 123 456' })],
      now,
      { newId },
    );
    expect(summary).toEqual({ created: 0, updated: 1 });
    expect(await db.leads.count()).toBe(1);
    const ana = await db.leads.get('ana');
    expect(ana).toMatchObject({
      title: 'CEO',
      phone: '+40 264 123 456',
      company: 'Carpathia Software',
      identityKeys: ['linkedin:in/ana-popescu', 'email:ana@carpathia.ro'],
      sources: ['linkedin', 'import'],
      updatedAt: now.getTime(),
    });
    expect(ana?.score?.engagement).toBeGreaterThan(0);
    expect(ana?.score?.scoredAt).toBe(now.getTime());
  });

  it('drops a stored size band that a new employee count contradicts', async () => {
    await db.leads.add(
      storedLead({ id: 'jan', identityKeys: ['email:jan@acme.nl'], companySize: 51, companySizeBand: '51-200' }),
    );
    await importLeads(db, [row(2, { email: 'jan@acme.nl', companySize: 1200 })], now, { newId });
    const jan = await db.leads.get('jan');
    expect([jan?.companySize, jan?.companySizeBand]).toEqual([1200, undefined]);
  });

  it('matches by LinkedIn profile, whatever the URL variant, and records an imported stage change', async () => {
    await db.leads.add(storedLead({ id: 'ana', stage: 'lead', stageHistory: [] }));
    await importLeads(
      db,
      [row(2, { name: 'Ana Popescu', linkedinUrl: 'https://ro.linkedin.com/in/Ana-Popescu/?trk=x' }, 'customer')],
      now,
      { newId },
    );
    expect(await db.leads.count()).toBe(1);
    expect(await db.leads.get('ana')).toMatchObject({
      stage: 'customer',
      stageHistory: [{ at: now.getTime(), from: 'lead', to: 'customer', cause: 'import' }],
    });
  });

  // Into an empty database rows meet in memory; otherwise through look-ups that see earlier chunks.
  it.each([false, true])(
    'meets the same person again in a later chunk (another lead stored first: %s)',
    async (stored) => {
      if (stored) await importLeads(db, [row(2, { name: 'Åsa Berg', email: 'asa@fjall.se' })], now, { newId });
      const rows = [
        row(2, { name: 'Ana Popescu', email: 'ana@carpathia.ro' }),
        row(3, { name: 'Jan de Vries', email: 'jan@acme.nl' }),
        row(4, { name: 'Ana Popescu', email: 'ana@carpathia.ro', title: 'CEO' }),
      ];
      await importLeads(db, rows, now, { newId, chunkSize: 2 });
      expect(await db.leads.count()).toBe(stored ? 3 : 2);
      const ana = await db.leads.where('identityKeys').equals('email:ana@carpathia.ro').toArray();
      expect(ana.map((lead) => lead.title)).toEqual(['CEO']);
    },
  );

  it('is all or nothing: a failure in the last chunk leaves the database as it was', async () => {
    await db.leads.add(storedLead({ id: 'ana', email: 'ana@carpathia.ro', identityKeys: ['email:ana@carpathia.ro'] }));
    const before = await snapshot();
    const rows = Array.from({ length: 25 }, (_, i) => row(i + 2, { name: `Lead ${i}`, email: `lead${i}@x.nl` }));
    rows.push(row(27, { name: 'Ana', email: 'ana@carpathia.ro', title: 'CEO' }));
    const progress: number[] = [];
    await expect(
      importLeads(db, rows, now, {
        newId,
        chunkSize: 10,
        onProgress: ({ done }) => {
          progress.push(done);
          if (done === 26) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(progress).toEqual([10, 20, 26]);
    expect(await snapshot()).toEqual(before);
  });

  it('imports and scores a generated 10,000-row HubSpot CSV', async () => {
    const titles = ['CEO', 'VP Sales', 'Head of Marketing', 'Sales Manager', 'Software Engineer', 'Student'];
    const countries = ['Netherlands', 'SE', 'Poland', 'RO', 'Germany', 'United States'];
    const lines = [
      'First Name,Last Name,Email,Job Title,Company Name,Country/Region,Number of Employees,Lifecycle Stage',
    ];
    for (let i = 0; i < 10_000; i++) {
      lines.push(
        `Lead${i},"Family, ${i}",lead${i}@company${i % 700}.com,${titles[i % 6]},Company ${i % 700},${countries[i % 6]},${(i % 40) * 50 + 1},${i % 10 === 0 ? 'Sales Qualified Lead' : 'Lead'}`,
      );
    }
    const csv = lines.join('\r\n');
    const parsed = await parseLeadsCsv(csv, detectColumns(lines[0]?.split(',') ?? []).mapping);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    expect(parsed.rows).toHaveLength(10_000);
    const progress: number[] = [];
    const summary = await importLeads(db, parsed.rows, now, { onProgress: ({ done }) => progress.push(done) });
    expect(summary).toEqual({ created: 10_000, updated: 0 });
    expect(progress).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
    expect(await db.leads.count()).toBe(10_000);
    const leads = await db.leads.toArray();
    // What an import stores is what a backup accepts.
    expect(LeadRecordSchema.array().safeParse(leads).success).toBe(true);
    expect(leads.every((l) => l.score?.modelId === 'default-1' && l.sources[0] === 'import')).toBe(true);
    expect(leads.filter((l) => l.stage === 'sql')).toHaveLength(1000);
    expect(new Set(leads.map((l) => l.score?.fit)).size).toBeGreaterThan(5);
    expect(await db.leads.where('identityKeys').equals('email:lead42@company42.com').count()).toBe(1);
    // About 15 s on a busy 2-core machine (fake-indexeddb): the 20 s default is too close.
  }, 60_000);
});
