import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { exportCsvFile, importCsvFile } from '@/lib/io/dataActions';

const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'csv');
const now = new Date('2026-11-20T10:00:00Z');
let db: LeadLensDB;

beforeEach(async () => {
  db = openDatabase(`data-actions-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const file = (text: string) => new Blob([text], { type: 'text/csv' });

describe('importCsvFile', () => {
  it('imports a HubSpot export, scored, reporting progress up to the end', async () => {
    const progress: number[] = [];
    const result = await importCsvFile(
      db,
      file(readFileSync(path.join(fixtures, 'hubspot-contacts.csv'), 'utf8')),
      now,
      (f) => progress.push(f),
    );
    expect(result).toMatchObject({ ok: true, preset: 'hubspot', updated: 0 });
    const created = result.ok ? result.created : 0;
    expect(created).toBeGreaterThan(1);
    expect(await db.leads.count()).toBe(created);
    expect((await db.leads.toArray()).every((l) => l.score !== undefined && l.sources.includes('import'))).toBe(true);
    expect(progress.at(-1)).toBeCloseTo(1);
  });

  it('refuses a file with bad rows, naming their lines, and imports nothing', async () => {
    const csv =
      'First Name,Last Name,Email\nAna,Popescu,ana@firma.ro\nJan,de Vries,not-an-email\n,,\nEva,Berg,eva@fjall.se\n';
    const result = await importCsvFile(db, file(csv), now, () => {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toContain(3);
    expect(await db.leads.count()).toBe(0);
  });

  it('says so when no column names a person', async () => {
    const result = await importCsvFile(db, file('Colour,Size\nred,10\n'), now, () => {});
    expect(result).toEqual({ ok: false, errors: [{ line: 1, message: 'no name or email column was recognized' }] });
  });
});

describe('exportCsvFile', () => {
  it('exports what was imported in the chosen CRM format', async () => {
    await importCsvFile(db, file(readFileSync(path.join(fixtures, 'hubspot-contacts.csv'), 'utf8')), now, () => {});
    const csv = await exportCsvFile(db, 'salesforce');
    expect(csv.split(/\r?\n/)[0]).toMatch(/First Name,Last Name,.*Email/);
    expect(csv).toContain('ana.popescu@carpathia.ro');
  });
});
