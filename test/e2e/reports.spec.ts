import AxeBuilder from '@axe-core/playwright';
import { expect, shot, test } from './extension.ts';

const DAY = 86_400_000;
const H = 3_600_000;
const SOURCES = ['linkedin', 'hubspot', 'salesnav', 'manual'];
/** Stages by lead number (i % 6); customer comes straight from SQL, skipping opportunity. */
const PATHS = [
  ['lead'],
  ['lead'],
  ['lead', 'mql'],
  ['lead', 'mql'],
  ['lead', 'mql', 'sql'],
  ['lead', 'mql', 'sql', 'customer'],
];
const RANK: Record<string, number> = { lead: 0, mql: 1, sql: 2, opportunity: 3, customer: 4 };
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 300 leads over the last 80 days (every tenth 120 days ago, outside the default 90-day period). */
function seed(now: number) {
  const leads = [];
  const activities = [];
  for (let i = 0; i < 300; i++) {
    const start = now - (i % 10 === 9 ? 120 : 1 + (i % 80)) * DAY;
    const path = PATHS[i % 6] ?? ['lead'];
    const id = `lead-${i}`;
    leads.push({
      id,
      name: `Lead ${i}`,
      identityKeys: [`manual:${id}`],
      sources: [SOURCES[i % 4]],
      stage: path.at(-1),
      stageManual: false,
      stageHistory: path.map((to, step) => ({
        at: start + step * H,
        from: step ? path[step - 1] : null,
        to,
        cause: 'score',
      })),
      score: {
        fit: (i * 13) % 101,
        engagement: (i * 29) % 101,
        total: ((i * 13) % 101) + ((i * 29) % 101),
        grade: 'B',
        level: 2,
        cell: 'B2',
        modelId: 'default-1',
        scoredAt: now,
      },
      tags: [],
      createdAt: start,
      updatedAt: start,
    });
    // Most MQLs get a call some hours after becoming MQL; past 24 hours it breaches the SLA.
    if (path.includes('mql') && i % 3 !== 0) {
      const at = start + H + (i % 48) * H;
      activities.push({
        id: `call-${i}`,
        leadId: id,
        type: 'call',
        at,
        source: 'manual',
        dedupeKey: `manual:call-${i}`,
      });
    }
  }
  return { leads, activities };
}

test('reports: the funnel of a few hundred seeded leads, then cost per MQL from an entered spend', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  const now = Date.now();
  const { leads, activities } = seed(now);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  // The settings section opens the database (creating its schema); then the test writes into it.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'leadlens')))
    .toBe(true);
  await page.evaluate(
    ({ leads, activities }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['leads', 'activities'], 'readwrite');
          for (const lead of leads) tx.objectStore('leads').put(lead);
          for (const activity of activities) tx.objectStore('activities').put(activity);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { leads, activities },
  );

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#reports`);
  const from = isoDay(now - 89 * DAY);
  const to = isoDay(now);
  const funnel = page.getByRole('table', { name: `Funnel from ${from} to ${to}` });
  await expect(funnel).toBeAttached();

  // What the funnel must say, counted here by hand from the seed.
  const inside = leads.filter((_, i) => i % 10 !== 9);
  const reached = (rank: number) =>
    inside.filter((l) => Math.max(...l.stageHistory.map((c) => RANK[c.to] ?? -1)) >= rank).length;
  const counts = [0, 1, 2, 3, 4].map(reached);
  expect(counts).toEqual([270, 180, 90, 40, 40]);
  for (const [i, step] of ['Lead', 'MQL', 'SQL', 'Opportunity', 'Customer'].entries()) {
    await expect(
      funnel
        .getByRole('row', { name: new RegExp(`^${step} `) })
        .getByRole('cell')
        .first(),
    ).toHaveText(String(counts[i]));
  }
  await expect(funnel.getByRole('row', { name: /^MQL / }).getByRole('cell').nth(1)).toHaveText('66.7%');
  await expect(page.getByRole('img', { name: /^Funnel: Lead 270, MQL 180 \(66\.7%\), SQL 90 \(50%\)/ })).toBeVisible();

  // Cost per MQL: spend on LinkedIn over the whole period.
  const linkedinMqls = inside.filter(
    (l) => l.sources[0] === 'linkedin' && l.stageHistory.some((c) => c.to === 'mql'),
  ).length;
  const spend = page.getByRole('region', { name: 'Spend per source' });
  await spend.getByLabel('Source').fill('linkedin');
  await spend.getByLabel('From').fill(from);
  await spend.getByLabel('To').fill(to);
  await spend.getByLabel('Amount').fill('9000');
  await spend.getByRole('button', { name: 'Add spend' }).click();
  const costs = page.getByRole('table', { name: `Cost per source, ${from} to ${to}` });
  const perMql = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(9000 / linkedinMqls);
  await expect(
    costs
      .getByRole('row', { name: /^LinkedIn/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText(perMql);

  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  await shot(page, 'reports-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'reports-dark');
  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  await shot(page, 'reports-print');
  expect(blockedRequests.filter((r) => r.fromExtension)).toEqual([]);
});
