import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { detectColumns } from '@/lib/io/columnMapping';
import { exportCsvFile, importCsvFile, inspectCsvFile } from '@/lib/io/dataActions';

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
const hubspot = () => file(readFileSync(path.join(fixtures, 'hubspot-contacts.csv'), 'utf8'));

/** Imports through the mapping detected from the file's headers, as the dialog proposes it. */
async function importDetected(blob: Blob, onProgress: (fraction: number) => void = () => {}) {
  const inspection = await inspectCsvFile(blob);
  if (!inspection.ok) throw new Error(JSON.stringify(inspection.errors));
  return importCsvFile(db, blob, inspection.mapping, now, onProgress);
}

describe('inspectCsvFile', () => {
  it.each([
    ['hubspot-contacts.csv', 'hubspot', 'Record ID'],
    ['salesforce-leads.csv', 'salesforce', 'First Name'],
    ['pipedrive-people.csv', 'pipedrive', 'Person - Name'],
  ])('recognizes %s as %s and proposes its mapping, with the first rows', async (name, preset, firstHeader) => {
    const text = readFileSync(path.join(fixtures, name), 'utf8');
    const inspection = await inspectCsvFile(file(text));
    if (!inspection.ok) throw new Error('not read');
    expect(inspection.preset).toBe(preset);
    expect(inspection.headers[0]).toBe(firstHeader);
    expect(inspection.mapping).toEqual(detectColumns(inspection.headers).mapping);
    expect(inspection.sample.length).toBeGreaterThan(0);
    expect(inspection.sample.length).toBeLessThanOrEqual(5);
    expect(inspection.sample[0]?.line).toBe(2);
  });

  it('names the problem when there is nothing to read', async () => {
    expect(await inspectCsvFile(file(''))).toEqual({ ok: false, errors: [{ line: 1, message: 'the file is empty' }] });
  });
});

describe('importCsvFile', () => {
  it('imports a HubSpot export, scored, reporting progress up to the end', async () => {
    const progress: number[] = [];
    const result = await importDetected(hubspot(), (f) => progress.push(f));
    expect(result).toMatchObject({ ok: true, updated: 0 });
    const created = result.ok ? result.created : 0;
    expect(created).toBeGreaterThan(1);
    expect(await db.leads.count()).toBe(created);
    expect((await db.leads.toArray()).every((l) => l.score !== undefined && l.sources.includes('import'))).toBe(true);
    expect(progress.at(-1)).toBeCloseTo(1);
  });

  it('reads the file through the mapping the user chose, not the detected one', async () => {
    const csv = 'Email,Full Name,Notes\nana@firma.ro,Ana Popescu,Head of Sales\n';
    // The user maps Notes to the job title and leaves the name out.
    const result = await importCsvFile(db, file(csv), ['email', null, 'title'], now, () => {});
    expect(result).toEqual({ ok: true, created: 1, updated: 0, merged: 0 });
    const [lead] = await db.leads.toArray();
    expect(lead).toMatchObject({ email: 'ana@firma.ro', title: 'Head of Sales' });
    expect(lead?.name).toBeUndefined();
  });

  it('refuses a file with bad rows, naming their lines, and imports nothing', async () => {
    const csv =
      'First Name,Last Name,Email\nAna,Popescu,ana@firma.ro\nJan,de Vries,not-an-email\n,,\nEva,Berg,eva@fjall.se\n';
    const result = await importDetected(file(csv));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toContain(3);
    expect(await db.leads.count()).toBe(0);
  });

  it('refuses a mapping that fills neither a name nor an email', async () => {
    const result = await importCsvFile(db, file('Colour,Size\nred,10\n'), [null, null], now, () => {});
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'map a column to the name or the email: a lead needs one of them' }],
    });
  });
});

describe('exportCsvFile', () => {
  it('exports what was imported in the chosen CRM format', async () => {
    await importDetected(hubspot());
    const csv = await exportCsvFile(db, 'salesforce');
    expect(csv.split(/\r?\n/)[0]).toMatch(/First Name,Last Name,.*Email/);
    expect(csv).toContain('ana.popescu@carpathia.ro');
  });

  it('exports only the chosen leads or those a filter keeps', async () => {
    await importDetected(hubspot());
    const leads = await db.leads.toArray();
    const [first, second] = leads;
    if (!first || !second) throw new Error('too few leads');
    const rowsOf = (csv: string) => csv.split('\r\n').length - 1;
    expect(rowsOf(await exportCsvFile(db, 'hubspot'))).toBe(leads.length);
    const chosen = await exportCsvFile(db, 'hubspot', { leadIds: [second.id, first.id, 'gone'] });
    expect(rowsOf(chosen)).toBe(2);
    expect(chosen.indexOf(second.email ?? '?')).toBeLessThan(chosen.indexOf(first.email ?? '?'));
    const filtered = await exportCsvFile(db, 'leadlens', { where: (lead) => lead.email === first.email });
    expect(rowsOf(filtered)).toBe(1);
    expect(filtered).toContain(first.email);
  });

  it('round-trips: a HubSpot export imported again updates the same leads, no duplicates', async () => {
    await importDetected(hubspot());
    const before = await db.leads.count();
    const exported = await exportCsvFile(db, 'hubspot');
    const again = await importDetected(file(exported));
    expect(again).toEqual({ ok: true, created: 0, updated: before, merged: 0 });
    expect(await db.leads.count()).toBe(before);
  });
});
