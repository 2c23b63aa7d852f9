// Bundled into an IIFE by test/bench/run.ts and evaluated in an extension page of the built
// LeadLens in Chromium, so IndexedDB, scoring and extraction run where users run them.
import '../../lib/strictZod';
import { calibrate } from '../../lib/calibration/calibrate';
import { syntheticHistory } from '../../lib/calibration/testSupport';
import { extractFromPage } from '../../lib/capture';
import { openDatabase } from '../../lib/db/database';
import { applyScore } from '../../lib/db/leadScore';
import { DEFAULT_MODEL_ID } from '../../lib/db/models';
import type { ActivityRecord, LeadRecord } from '../../lib/db/records';
import { rescoreAll } from '../../lib/db/rescore';
import { exportCsvFile, importCsvFile, inspectCsvFile } from '../../lib/io/dataActions';
import { defaultModel, scoreLead } from '../../lib/scoring';
import { generateLeads } from '../../lib/scoring/generate';

const CHUNK = 500;

function toRecords(count: number, seed: number, now: Date): { leads: LeadRecord[]; activities: ActivityRecord[] } {
  const leads: LeadRecord[] = [];
  const activities: ActivityRecord[] = [];
  for (const g of generateLeads(count, seed, now)) {
    const { techStack: _, custom: __, ...fields } = g.lead;
    const lead: LeadRecord = {
      ...fields,
      id: g.id,
      identityKeys: fields.email ? [`email:${fields.email}`] : [],
      sources: ['import'],
      stage: 'lead',
      stageManual: false,
      stageHistory: [],
      tags: [],
      createdAt: now.getTime(),
      updatedAt: now.getTime(),
    };
    // Stored scored, as a database in use is: the side panel's lists walk the score index.
    leads.push(
      applyScore(lead, scoreLead(g.lead, g.activities, defaultModel, now), DEFAULT_MODEL_ID, now.getTime(), 'score'),
    );
    g.activities.forEach((a, i) => {
      activities.push({
        id: `${g.id}-${i}`,
        leadId: g.id,
        type: a.type,
        at: Date.parse(String(a.at)),
        source: 'import',
        dedupeKey: a.dedupeKey ?? `${g.id}-${i}`,
        detail: a.detail,
      });
    });
  }
  return { leads, activities };
}

/** Fills a fresh database with `count` generated leads and their activities. */
async function seed(name: string, count: number, now: number): Promise<{ leads: number; activities: number }> {
  const db = openDatabase(name);
  await db.delete();
  await db.open();
  const { leads, activities } = toRecords(count, 42, new Date(now));
  for (let i = 0; i < leads.length; i += 10_000) await db.leads.bulkAdd(leads.slice(i, i + 10_000));
  for (let i = 0; i < activities.length; i += 50_000) await db.activities.bulkAdd(activities.slice(i, i + 50_000));
  db.close();
  return { leads: leads.length, activities: activities.length };
}

/** Full rescore at `now` (read, score, write what changed), in milliseconds. */
async function rescore(name: string, now: number): Promise<{ ms: number; changed: number }> {
  const db = openDatabase(name);
  await db.open();
  const start = performance.now();
  const result = await rescoreAll(db, new Date(now), { cause: 'decay', chunkSize: CHUNK });
  const ms = performance.now() - start;
  db.close();
  return { ms, changed: result.changed };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * The floor for a rescore: raw IndexedDB, same chunks, no scoring: read each chunk of leads and
 * their activities, write every lead back. No library can do the same I/O faster.
 */
async function rawFloor(name: string): Promise<{ ms: number }> {
  const idb = await request(indexedDB.open(name));
  const start = performance.now();
  let after = '';
  for (;;) {
    const tx = idb.transaction(['leads', 'activities'], 'readwrite');
    const leads = tx.objectStore('leads');
    const range = after === '' ? null : IDBKeyRange.lowerBound(after, true);
    const chunk = (await request(leads.getAll(range, CHUNK))) as LeadRecord[];
    if (chunk.length === 0) break;
    const first = chunk[0]?.id ?? '';
    const last = chunk[chunk.length - 1]?.id ?? '';
    await request(tx.objectStore('activities').index('leadId').getAll(IDBKeyRange.bound(first, last)));
    await Promise.all(chunk.map((l) => request(leads.put(l))));
    after = last;
  }
  const ms = performance.now() - start;
  idb.close();
  return { ms };
}

/** Pure scoring speed in this browser: leads per second over generated leads. */
function scoringRate(count: number, now: number): { leadsPerSecond: number } {
  const leads = generateLeads(count, 7, new Date(now));
  const start = performance.now();
  for (const g of leads) scoreLead(g.lead, g.activities, defaultModel, new Date(now));
  return { leadsPerSecond: count / ((performance.now() - start) / 1000) };
}

/** Extraction time of one saved page, parsed once, extracted `runs` times. */
function extraction(html: string, url: string, runs: number): { ms: number[]; name: string | undefined } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const ms: number[] = [];
  let name: string | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    name = extractFromPage(doc, new URL(url)).fields.name;
    ms.push(performance.now() - start);
  }
  return { ms, name };
}

const HUBSPOT_HEADER = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Job Title',
  'Company Name',
  'City',
  'Country/Region',
  'Industry',
  'Number of Employees',
  'Website URL',
  'Lifecycle Stage',
  'Create Date',
];

const csvCell = (value: string | number | undefined) => {
  const text = String(value ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** `count` generated contacts as a HubSpot contacts export (its column names and order). */
function hubspotCsv(count: number, now: Date): Blob {
  const lines = [HUBSPOT_HEADER.join(',')];
  for (const [i, g] of generateLeads(count, 11, now).entries()) {
    const [first, ...last] = (g.lead.name ?? '').split(' ');
    const row = [
      1000 + i,
      first,
      last.join(' '),
      // Made unique: a HubSpot export has one contact per email, and the importer merges duplicates.
      g.lead.email?.replace('@', `.${i}@`),
      g.lead.phone,
      g.lead.title,
      g.lead.company,
      g.lead.location,
      g.lead.country,
      g.lead.industry,
      g.lead.companySize,
      g.lead.website,
      'lead',
      '2026-10-01 09:00',
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' });
}

/** CSV import of `count` HubSpot rows into an empty database: the dashboard's import, end to end. */
async function csvImport(
  name: string,
  count: number,
  now: number,
): Promise<{ ms: number; created: number; error?: string }> {
  const file = hubspotCsv(count, new Date(now));
  const db = openDatabase(name);
  await db.delete();
  await db.open();
  const start = performance.now();
  // As the dashboard does it: inspect (columns recognized as HubSpot's), then import with that mapping.
  const inspected = await inspectCsvFile(file);
  if (!inspected.ok) return { ms: 0, created: 0, error: JSON.stringify(inspected.errors.slice(0, 3)) };
  const result = await importCsvFile(db, file, inspected.mapping, new Date(now), () => {});
  const ms = performance.now() - start;
  db.close();
  if (!result.ok) return { ms, created: 0, error: JSON.stringify(result.errors.slice(0, 3)) };
  return { ms, created: result.created };
}

/** CSV export of every lead in HubSpot's format, as the dashboard's export button makes it. */
async function csvExport(name: string): Promise<{ ms: number; rows: number; bytes: number }> {
  const db = openDatabase(name);
  await db.open();
  const start = performance.now();
  const csv = await exportCsvFile(db, 'hubspot');
  const ms = performance.now() - start;
  db.close();
  return { ms, rows: csv.split('\n').length - 1, bytes: csv.length };
}

/** Learning from `count` outcomes (fit, intervals, backtest), as the dashboard's worker runs it. */
function calibration(count: number): { ms: number; ready: boolean } {
  const input = syntheticHistory(count, 1);
  const start = performance.now();
  const result = calibrate(input, { seed: 1 });
  return { ms: performance.now() - start, ready: result.readiness.ready };
}

Object.assign(globalThis, {
  leadlensBench: { seed, rescore, rawFloor, scoringRate, extraction, csvImport, csvExport, calibration },
});
