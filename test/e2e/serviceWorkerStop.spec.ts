import type { Page } from '@playwright/test';
import { expect, shot, test } from './extension.ts';
import { controlServiceWorker, countRows, type ExtensionApi, putAll, readAll, sendMessage } from './extensionDb.ts';

// Chrome stops an extension's service worker whenever it likes (idle, memory, update). These tests
// stop it on purpose in the middle of LeadLens's writes and check, by reading IndexedDB, that no
// write is ever half done: captures land whole or not at all, a rescore resumes and finishes, and a
// CSV import cut off by closing its page leaves nothing behind.

const DAY = 86_400_000;

interface StoredLead {
  id: string;
  score?: { fit: number; engagement: number; total: number; modelId: string; scoredAt: number; cell: string };
}

async function openExtensionPage(context: import('@playwright/test').BrowserContext, id: string, hash = 'settings') {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#${hash}`);
  await expect(page.getByRole('navigation')).toBeVisible();
  return page;
}

function captureOf(person: number, activities: number) {
  const slug = `stop-test-${person}`;
  const url = `https://www.linkedin.com/in/${slug}/`;
  return {
    type: 'capture',
    url,
    result: {
      kind: 'profile',
      site: 'linkedin',
      fields: { name: `Person ${person}`, title: 'Head of Sales', company: 'Acme BV', linkedinUrl: url },
      activities: Array.from({ length: activities }, (_, i) => ({
        type: i % 2 ? 'page-view' : 'email-open',
        at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
        dedupeKey: `${slug}:${i}`,
      })),
      diagnostics: [{ field: 'name', strategy: 'json-ld' }],
    },
  };
}

test('a capture cut off by a stopped service worker lands whole or not at all', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId);
  const worker = await controlServiceWorker(context, page);
  const PEOPLE = 40;
  const ACTIVITIES = 500; // the most one capture message may carry

  // Big captures sent one every 25 ms, not awaited, as a busy content script would. (Sent all at
  // once, every write transaction is queued before the test's first read, which then waits behind
  // all of them and never sees the worker mid-way.)
  await page.evaluate(
    (messages) => {
      const g = globalThis as unknown as { chrome: ExtensionApi; stopSending?: boolean };
      let next = 0;
      const send = () => {
        const message = messages[next++];
        if (g.stopSending || message === undefined) return;
        g.chrome.runtime.sendMessage(message).catch(() => {});
        setTimeout(send, 25);
      };
      send();
    },
    Array.from({ length: PEOPLE }, (_, p) => captureOf(p, ACTIVITIES)),
  );
  // Stop as soon as the first capture has landed, with the others still being sent or written.
  await expect.poll(() => countRows(page, 'leads'), { intervals: [2], timeout: 30_000 }).toBeGreaterThan(0);
  await page.evaluate(() => {
    (globalThis as unknown as { stopSending: boolean }).stopSending = true;
  });
  await worker.stop();

  const leads = await readAll<{ id: string; name: string }>(page, 'leads');
  const activities = await readAll<{ leadId: string }>(page, 'activities');
  const captures = await readAll<{ leadId: string | null }>(page, 'captures');
  for (const lead of leads) {
    expect(
      activities.filter((a) => a.leadId === lead.id),
      `${lead.name}: every activity or none`,
    ).toHaveLength(ACTIVITIES);
    expect(
      captures.filter((c) => c.leadId === lead.id),
      `${lead.name}: its provenance`,
    ).toHaveLength(1);
  }
  expect(activities).toHaveLength(leads.length * ACTIVITIES);
  console.log(`capture: ${leads.length} of ${PEOPLE} captures had landed when the worker stopped`);
  expect(leads.length).toBeLessThan(PEOPLE);

  // The content script sends again on the next visit: the worker starts, and the rest lands once.
  for (let p = 0; p < PEOPLE; p++)
    expect(await sendMessage(page, captureOf(p, ACTIVITIES))).toMatchObject({ ok: true });
  expect(await countRows(page, 'leads')).toBe(PEOPLE);
  expect(await countRows(page, 'activities')).toBe(PEOPLE * ACTIVITIES);
});

/** Leads with an activity or two each, scored by the shipped model, as a few months of use leave them. */
async function seedScoredLeads(page: Page, count: number) {
  const at = Date.UTC(2026, 10, 1);
  const leads = Array.from({ length: count }, (_, i) => ({
    id: `lead-${String(i).padStart(6, '0')}`,
    name: `Lead ${i}`,
    title: ['CEO', 'VP Sales', 'Marketing Manager', 'Engineer'][i % 4],
    company: `Company ${i % 300}`,
    companySize: [30, 150, 800, 4000][i % 4],
    country: ['NL', 'SE', 'PL', 'RO', 'US'][i % 5],
    industry: i % 3 ? 'Software' : 'Education',
    identityKeys: [`email:lead${i}@company${i % 300}.example`],
    sources: ['import'],
    stage: 'lead',
    stageManual: false,
    stageHistory: [{ at, from: null, to: 'lead', cause: 'import' }],
    score: { fit: 0, engagement: 0, total: 0, grade: 'D', level: 1, cell: 'D1', modelId: 'default-1', scoredAt: at },
    tags: [],
    createdAt: at,
    updatedAt: at,
  }));
  const activities = leads.flatMap((lead, i) =>
    Array.from({ length: 1 + (i % 3) }, (_, k) => ({
      id: `${lead.id}-a${k}`,
      leadId: lead.id,
      type: ['pricing-page-visit', 'webinar-attendance', 'email-click'][k],
      at: at - k * DAY,
      source: 'hubspot',
      dedupeKey: `hubspot:${lead.id}:${k}`,
    })),
  );
  for (let start = 0; start < count; start += 2000) {
    await putAll(page, {
      leads: leads.slice(start, start + 2000),
      activities: activities.filter(
        (a) => a.leadId >= (leads[start]?.id ?? '') && a.leadId <= (leads[Math.min(count, start + 2000) - 1]?.id ?? ''),
      ),
    });
  }
}

test('a rescore cut off by a stopped service worker resumes at the next start and finishes', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const LEADS = 3000;
  const page = await openExtensionPage(context, extensionId);
  const worker = await controlServiceWorker(context, page);
  await seedScoredLeads(page, LEADS);
  expect(await countRows(page, 'leads')).toBe(LEADS);

  // A new model version (the shipped one with the pricing page worth more), activated: every lead is rescored.
  const [shipped] = await readAll<{ model: Record<string, unknown> }>(page, 'models');
  const model = { ...shipped?.model, name: 'Pricing matters more' };
  const imported = await sendMessage<{ ok: boolean; modelId: string }>(page, {
    type: 'import-model',
    text: JSON.stringify(model),
  });
  expect(imported.ok).toBe(true);
  await sendMessage(page, { type: 'activate-model', modelId: imported.modelId });

  // Stop the worker once the rescore is under way (its cursor says some chunks are done).
  const cursorDone = () =>
    readAll<{ key: string; value: { done: number } }>(page, 'settings').then(
      (rows) => rows.find((r) => r.key === 'rescore-cursor')?.value.done ?? null,
    );
  await expect.poll(cursorDone, { intervals: [10], timeout: 30_000 }).toBeGreaterThan(0);
  await worker.stop();

  const stoppedAt = await cursorDone();
  const afterStop = await readAll<StoredLead>(page, 'leads');
  const rescored = afterStop.filter((l) => l.score?.modelId === imported.modelId).length;
  console.log(`rescore: stopped with ${stoppedAt} of ${LEADS} leads done (${rescored} written with the new model)`);
  expect(stoppedAt, 'the worker stopped before the rescore finished').not.toBeNull();
  expect(stoppedAt).toBeLessThan(LEADS);

  // Any message starts the worker again; at start it resumes the rescore from its cursor.
  await sendMessage(page, { type: 'get-capture-config' });
  await expect.poll(cursorDone, { timeout: 60_000 }).toBeNull();

  const leads = await readAll<StoredLead>(page, 'leads');
  expect(leads).toHaveLength(LEADS);
  const wrong = leads.filter(
    (l) =>
      l.score?.modelId !== imported.modelId ||
      l.score.total !== l.score.fit + l.score.engagement ||
      !/^[A-D][1-3]$/.test(l.score.cell),
  );
  expect(wrong.map((l) => l.id)).toEqual([]);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#model`);
  await expect(page.getByText(/Pricing matters more/).first()).toBeVisible();
  await shot(page, 'sw-stop-rescore-finished');
});

test('a CSV import cut off by reloading its page imports all rows or none', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const ROWS = 20_000;
  const page = await openExtensionPage(context, extensionId, 'data');
  const csv = [
    'First Name,Last Name,Email,Company,Job Title',
    ...Array.from(
      { length: ROWS },
      (_, i) => `Row,${i},row${i}@import${i % 500}.example,Import ${i % 500},Sales Manager`,
    ),
  ].join('\n');
  await page
    .getByLabel(/CSV file/)
    .setInputFiles({ name: 'many-leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import many-leads.csv' }).click();

  // Past parsing (the first half of the progress) and a chunk written inside the transaction: reload now.
  const percent = async () => {
    const text =
      (await page
        .getByText(/Importing: \d+%/)
        .textContent()
        .catch(() => '')) ?? '';
    return Number(/(\d+)%/.exec(text)?.[1] ?? -1);
  };
  await expect.poll(percent, { intervals: [5], timeout: 60_000 }).toBeGreaterThan(50);
  const reloadedAt = await percent();
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();

  const stored = await countRows(page, 'leads');
  console.log(`import: page reloaded at ${reloadedAt}%, ${stored} of ${ROWS} rows stored`);
  expect([0, ROWS]).toContain(stored);
});
