import Dexie, { type DBCoreMutateRequest } from 'dexie';
import type { CaptureResult } from '@/lib/capture/types';
import { type LeadLensDB, openDatabase } from '@/lib/db/database';
import { saveAnswer } from '@/lib/db/qualification';
import { STORAGE_FULL, storageErrorMessage } from '@/lib/db/storageErrors';
import { setLanguage } from '@/lib/i18n';
import type { ParsedLead } from '@/lib/io/csvRows';
import { importLeads } from '@/lib/io/importLeads';
import { createHandlers } from '@/lib/messaging/handlers';
import { routeMessage } from '@/lib/messaging/router';
import { storedLead } from './leadFixtures';

/**
 * A full disk, simulated: a DBCore middleware makes chosen writes fail the way IndexedDB does when
 * the quota is used up (a DOMException named QuotaExceededError inside the transaction). Every
 * write before it in the same transaction must be rolled back, and the user must be told why.
 */
type FailWhen = (table: string, request: DBCoreMutateRequest) => boolean;

function openWithQuota(name: string): { db: LeadLensDB; failWhen: (rule: FailWhen | null) => void } {
  let rule: FailWhen | null = null;
  const db = openDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'quota-exceeded',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            rule?.(tableName, request)
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  return {
    db,
    failWhen: (next) => {
      rule = next;
    },
  };
}

const now = new Date('2026-11-20T10:00:00Z');
const PROFILE_URL = 'https://www.linkedin.com/in/ana-popescu/';
const context = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const contentScript = { id: 'ext', url: PROFILE_URL, tab: { id: 4 } };
const sidePanel = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };

let db: LeadLensDB;
let failWhen: (rule: FailWhen | null) => void;
let route: (message: unknown, sender: typeof sidePanel) => ReturnType<typeof routeMessage>;

beforeEach(async () => {
  ({ db, failWhen } = openWithQuota(`quota-${Math.random()}`));
  await db.open();
  const handlers = createHandlers({ db, now: () => now, setTabState: async () => {} });
  route = (message, sender) => routeMessage(message, sender, context, handlers);
  setLanguage('en');
});
afterEach(async () => {
  setLanguage(null);
  db.close();
  await Dexie.delete(db.name);
});

/** Every table's records, to compare before and after a failed write. */
async function everything() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

function capture(activities: CaptureResult['activities']): unknown {
  const result: CaptureResult = {
    kind: 'profile',
    site: 'linkedin',
    fields: { name: 'Ana Popescu', title: 'CEO', company: 'Carpathia Software', country: 'RO' },
    activities,
    diagnostics: [{ field: 'name', strategy: 'json-ld' }],
  };
  return { type: 'capture', url: PROFILE_URL, result };
}

const visits = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'pricing-page-visit',
    at: new Date(now.getTime() - (i + from) * 3_600_000).toISOString(),
    dedupeKey: `visit-${i + from}`,
  }));

describe('a full browser storage', () => {
  it('rolls a capture back (lead, activities and provenance) and replies storage-full', async () => {
    expect(await route(capture(visits(3)), contentScript)).toMatchObject({ ok: true });
    const before = await everything();
    // The provenance record is the capture's last write: the lead and 40 activities went before it.
    failWhen((table) => table === 'captures');
    const reply = await route(capture(visits(40, 3)), contentScript);
    expect(reply).toMatchObject({ ok: false, code: STORAGE_FULL });
    expect(await everything()).toEqual(before);
    expect(before.activities).toHaveLength(3);
  });

  it('rolls an answer back when the stage change after it cannot be written', async () => {
    await db.leads.add(storedLead({ id: 'ana' }));
    for (const itemId of ['need', 'budget']) {
      await saveAnswer(db, { leadId: 'ana', itemId, status: 'met', answer: `${itemId} confirmed` }, now);
    }
    const before = await everything();
    // The third BANT item met makes Ana SQL: the answer is written, then the lead; the lead fails.
    failWhen((table, request) => table === 'leads' && request.type === 'put');
    const message = { type: 'save-answer', leadId: 'ana', itemId: 'authority', status: 'met', answer: 'CFO signs' };
    const reply = await route(message, sidePanel);
    expect(reply).toMatchObject({ ok: false, code: STORAGE_FULL });
    expect(await everything()).toEqual(before);
    expect((await db.leads.get('ana'))?.stage).toBe('mql');
  });

  it('imports nothing when a late chunk of an import cannot be written', async () => {
    await db.leads.add(storedLead({ id: 'ana', email: 'ana@carpathia.ro' }));
    const before = await everything();
    let puts = 0;
    failWhen((table, request) => table === 'leads' && request.type === 'put' && ++puts === 3);
    const rows: ParsedLead[] = Array.from({ length: 250 }, (_, i) => ({
      line: i + 2,
      fields: { name: `Person ${i}`, email: i === 0 ? 'ana@carpathia.ro' : `p${i}@example.com` },
    }));
    const failure = await importLeads(db, rows, now, { chunkSize: 100 }).catch((e: unknown) => e);
    expect(puts).toBe(3);
    expect(storageErrorMessage(failure)).toMatch(/^Your browser's storage for LeadLens is full/);
    expect(await everything()).toEqual(before);
  });

  it('any other failure keeps its own reason and no storage-full code', async () => {
    failWhen((table) => table === 'captures');
    const reply = await route(
      { type: 'save-answer', leadId: 'nobody', itemId: 'need', status: 'met', answer: '' },
      sidePanel,
    );
    expect(reply).toEqual({ ok: false, error: 'no lead with id nobody' });
  });
});
