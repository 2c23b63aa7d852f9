import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, root, shot, test } from './extension.ts';
import { launchWithExtension } from './launch.ts';

// The data section's flows in real Chromium: CSV import (all or nothing, by line), export and
// re-import, backup restored into a fresh profile, erasing a person, retention.

const work = path.join(root, 'test-results', 'data-e2e');
const HEADER = 'First Name,Last Name,Email,Job Title,Company Name,Country/Region,Number of Employees,Lifecycle Stage';
const TITLES = ['CEO', 'VP Sales', 'Head of Marketing', 'Sales Manager', 'Software Engineer', 'Inkoper'];
const COUNTRIES = ['Netherlands', 'Sweden', 'Poland', 'Romania', 'Germany', 'United States'];

/** A HubSpot-shaped contacts export; `bad` maps a physical line (header = 1) to the row written there. */
function hubspotCsv(rows: number, bad: Record<number, string> = {}): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const line = i + 2;
    lines.push(
      bad[line] ??
        `Lead${i},"Family, ${i}",lead${i}@company${i % 700}.com,${TITLES[i % 6]},Company ${i % 700},${COUNTRIES[i % 6]},${(i % 40) * 50 + 1},${i % 10 === 0 ? 'Sales Qualified Lead' : 'Lead'}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function writeCsv(name: string, text: string): string {
  mkdirSync(work, { recursive: true });
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

async function openData(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#data`);
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  return page;
}

/** Every object store of LeadLens's IndexedDB, each as its records in key order. */
function readTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (tables[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(tables);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function leadCount(page: Page): Promise<number> {
  return (await readTables(page)).leads?.length ?? -1;
}

/** Writes records into LeadLens's stores directly (what captures, calls and outcomes would leave). */
function putRecords(page: Page, records: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(records), 'readwrite');
          for (const [name, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    records,
  );
}

async function importFile(page: Page, file: string, expected: RegExp, timeout = 30_000): Promise<number> {
  await page.getByLabel(/CSV file/).setInputFiles(file);
  await expect(page.getByText(/Columns recognized as a HubSpot export/)).toBeVisible();
  const started = Date.now();
  await page.getByRole('button', { name: `Import ${path.basename(file)}` }).click();
  await expect(page.getByText(expected)).toBeVisible({ timeout });
  return (Date.now() - started) / 1000;
}

/** A person with a record in every table about leads; returns their lead id. */
async function seedPerson(page: Page): Promise<string> {
  const small = hubspotCsv(3)
    .replace('lead0@company0.com', 'ana.popescu@carpathia.ro')
    .replace('Lead0,"Family, 0"', 'Ana,Popescu');
  await importFile(page, writeCsv('small.csv', small), /Imported: 3 new leads/);
  const leads = (await readTables(page)).leads as { id: string; email?: string }[];
  const ana = leads.find((lead) => lead.email === 'ana.popescu@carpathia.ro');
  if (!ana) throw new Error('Ana was not imported');
  const at = Date.UTC(2026, 10, 1);
  await putRecords(page, {
    activities: [
      { id: 'e2e-a1', leadId: ana.id, type: 'pricing-page-visit', at, source: 'hubspot', dedupeKey: 'hubspot:e2e-a1' },
      { id: 'e2e-a2', leadId: ana.id, type: 'email-open', at, source: 'hubspot', dedupeKey: 'hubspot:e2e-a2' },
    ],
    answers: [
      {
        id: `${ana.id}:bant:need`,
        leadId: ana.id,
        framework: 'bant',
        item: 'need',
        status: 'met',
        answer: 'Too many spreadsheets',
        confidence: 0.8,
        answeredAt: at,
      },
    ],
    outcomes: [
      { id: 'e2e-o1', leadId: ana.id, outcome: 'nurture', reason: 'Budget next year', at, revisitAt: at + 1e10 },
    ],
    captures: [
      {
        leadId: ana.id,
        site: 'linkedin',
        url: 'https://www.linkedin.com/in/ana-popescu/',
        kind: 'profile',
        at,
        fields: { name: 'Ana Popescu' },
        diagnostics: [{ field: 'name', strategy: 'json-ld' }],
      },
    ],
    notes: [{ id: 'e2e-n1', leadId: ana.id, kind: 'call', text: '[00:12] Wants a demo', startedAt: at, updatedAt: at }],
  });
  return ana.id;
}

test('a 10,000-row HubSpot file: bad rows refused by line, nothing imported; fixed, all imported and scored; exported and re-imported without duplicates', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  test.setTimeout(300_000);
  const page = await openData(context, extensionId);
  const bad = writeCsv(
    'hubspot-10k-bad.csv',
    hubspotCsv(10_000, {
      17: 'Ana,Popescu,ana-at-carpathia.ro,CEO,Carpathia,Romania,250,Lead',
      4002: ',,,Buyer,Nameless Co,Netherlands,10,Lead',
      9999: 'Jan,de Vries,jan@atlantis.example,CTO,Atlantis BV,Atlantis,50,Lead',
    }),
  );
  await page.getByLabel(/CSV file/).setInputFiles(bad);
  await expect(page.getByText('Columns recognized as a HubSpot export. Check the field of each column.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'LeadLens field for “Email”' })).toHaveValue('email');
  await expect(page.getByRole('table', { name: /Preview: the first 5 rows/ })).toContainText('Lead0 Family, 0');
  await shot(page, 'data-import-mapping-preview');

  await page.getByRole('button', { name: 'Import hubspot-10k-bad.csv' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported: 3 problem(s) to fix first.', { timeout: 60_000 });
  await expect(alert.getByRole('listitem')).toHaveText([
    'Line 17 (Email): "ana-at-carpathia.ro" is not an email address',
    'Line 4002: a lead needs a name or an email address',
    /^Line 9999 \(Country\/Region\): unknown country "Atlantis"/,
  ]);
  await shot(page, 'data-import-errors');
  expect(await leadCount(page)).toBe(0);

  const good = writeCsv('hubspot-10k.csv', hubspotCsv(10_000));
  const seconds = await importFile(
    page,
    good,
    /Imported: 10000 new leads, 0 updated, 0 duplicate rows merged\./,
    120_000,
  );
  console.log(`10,000-row import: ${seconds.toFixed(1)} s`);
  const leads = (await readTables(page)).leads as { email: string; score?: { total: number; modelId: string } }[];
  expect(leads).toHaveLength(10_000);
  expect(leads.every((lead) => lead.score !== undefined && typeof lead.score.total === 'number')).toBe(true);

  // Export in HubSpot's format and import that file again: the same leads, updated, none added.
  const downloading = page.waitForEvent('download');
  await page.getByRole('combobox', { name: 'Format' }).selectOption('hubspot');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  const exported = path.join(work, download.suggestedFilename());
  await download.saveAs(exported);
  const text = readFileSync(exported, 'utf8');
  expect(text.split('\r\n')[0]).toMatch(/^First Name,Last Name,Email,.*LeadLens Score,.*BANT Budget/);
  expect(text.trimEnd().split('\r\n')).toHaveLength(10_001);
  await importFile(page, exported, /Imported: 0 new leads, 10000 updated, 0 duplicate rows merged\./, 120_000);
  const after = (await readTables(page)).leads as { email: string }[];
  expect(after).toHaveLength(10_000);
  expect(new Set(after.map((lead) => lead.email)).size).toBe(10_000);
  expect(blockedRequests.filter((r) => r.fromExtension)).toEqual([]);
});

test('a backup restored into a fresh profile holds identical data in every table', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await openData(context, extensionId);
  await seedPerson(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a full backup (JSON)' }).click();
  const download = await downloading;
  const backupFile = path.join(work, 'backup.json');
  await download.saveAs(backupFile);
  const original = await readTables(page);
  expect(original.leads).toHaveLength(3);

  const fresh = await launchWithExtension();
  try {
    await fresh.context.route(/^(https?|wss?):\/\//, (route) => route.abort('blockedbyclient'));
    const restored = await openData(fresh.context, fresh.extensionId);
    expect(await leadCount(restored)).toBe(0);
    await restored.getByRole('checkbox', { name: /replaces everything/ }).check();
    await restored.getByLabel('Backup file').setInputFiles(backupFile);
    await expect(restored.getByText('Restored.')).toBeVisible();
    const copy = await readTables(restored);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(original).sort());
    for (const table of Object.keys(original)) expect(copy[table], table).toEqual(original[table]);
  } finally {
    await fresh.context.close();
  }
});

test('erasing a person removes them from every table; retention lists and deletes untouched leads', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const page = await openData(context, extensionId);
  const anaId = await seedPerson(page);

  await page.getByRole('combobox', { name: 'Search leads' }).fill('popescu');
  await page.getByRole('option', { name: /Ana Popescu/ }).click();
  await expect(page.getByText('Chosen: Ana Popescu')).toBeVisible();
  await page.getByRole('button', { name: 'Erase this person everywhere' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('This cannot be undone.');
  await page.getByRole('button', { name: 'Yes, erase everything about this person' }).click();
  const erased = page.getByRole('status').filter({ hasText: 'Erased from every table.' });
  await expect(erased.getByRole('listitem')).toHaveText([
    'Leads: 1',
    'Activities: 2',
    'Checklist answers: 1',
    'Outcomes: 1',
    'Captured pages: 1',
    'Call notes: 1',
  ]);
  const tables = await readTables(page);
  for (const [name, rows] of Object.entries(tables)) {
    const about = (rows as Record<string, unknown>[]).filter((r) => r.leadId === anaId || r.id === anaId);
    expect(about, name).toEqual([]);
  }
  expect(tables.leads).toHaveLength(2);

  // Retention: one of the two leads left untouched for two years.
  const [kept] = tables.leads as Record<string, unknown>[];
  const twoYearsAgo = Date.now() - 730 * 86_400_000;
  await putRecords(page, {
    leads: [
      {
        ...kept,
        id: 'e2e-stale',
        name: 'Stale Lead',
        identityKeys: ['email:stale@old.example'],
        email: 'stale@old.example',
        updatedAt: twoYearsAgo,
      },
    ],
  });
  await page.getByRole('checkbox', { name: 'Delete leads nobody has touched for a while' }).check();
  await page.getByRole('spinbutton', { name: 'Months without any update or activity' }).fill('12');
  await page.getByRole('button', { name: 'Save retention settings' }).click();
  await expect(page.getByRole('heading', { name: 'Leads untouched for 12 months: 1' })).toBeVisible();
  await expect(page.locator('.retention-candidates')).toContainText('Stale Lead');
  await shot(page, 'data-retention');
  await page.getByRole('button', { name: 'Delete these 1 leads' }).click();
  await page.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(page.getByRole('heading', { name: 'Leads untouched for 12 months: 0' })).toBeVisible();
  const left = (await readTables(page)).leads as { id: string }[];
  expect(left.map((lead) => lead.id)).not.toContain('e2e-stale');
  expect(left).toHaveLength(2);
  const settings = (await readTables(page)).settings as { key: string; value: unknown }[];
  expect(settings.find((s) => s.key === 'retention-months')?.value).toBe(12);
});
