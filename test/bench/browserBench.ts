// Bundled into an IIFE by test/bench/run.ts and evaluated in an extension page of the built
// LeadLens in Chromium, so IndexedDB, scoring and extraction run where users run them.
import '../../lib/strictZod';
import { extractFromPage } from '../../lib/capture';
import { openDatabase } from '../../lib/db/database';
import type { ActivityRecord, LeadRecord } from '../../lib/db/records';
import { rescoreAll } from '../../lib/db/rescore';
import { defaultModel, scoreLead } from '../../lib/scoring';
import { generateLeads } from '../../lib/scoring/generate';

const CHUNK = 500;

function toRecords(count: number, seed: number, now: Date): { leads: LeadRecord[]; activities: ActivityRecord[] } {
  const leads: LeadRecord[] = [];
  const activities: ActivityRecord[] = [];
  for (const g of generateLeads(count, seed, now)) {
    const { techStack: _, custom: __, ...fields } = g.lead;
    leads.push({
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
    });
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

Object.assign(globalThis, { leadlensBench: { seed, rescore, rawFloor, scoringRate, extraction } });
