import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './extension.ts';

const COUNT = 2_000;
const NOW = Date.now();

/**
 * Writes `count` leads (and a few activities for lead 9) straight into LeadLens's IndexedDB, in
 * the extension page's origin; the page has opened the database first, so its stores exist.
 * Every 8th lead is an MQL; lead 9 (an MQL) is "Jan de Vries" at Tulpveld B.V. Written around
 * LeadLens's own code, so each lead carries the `searchWords` its word index (schema v5) holds, made
 * the way lib/leads/searchWords makes them for these plain ASCII values.
 */
function seed(page: Page, count: number, now: number): Promise<void> {
  return page.evaluate(
    ([count, now]) =>
      new Promise<void>((resolve, reject) => {
        const stages = ['lead', 'mql', 'sql', 'opportunity', 'customer', 'lost', 'disqualified', 'nurture'];
        const grades = ['A', 'B', 'C', 'D'];
        const countries = ['NL', 'SE', 'PL', 'RO', 'DE'];
        const day = 86_400_000;
        const words = (...texts: string[]) => [
          ...new Set(
            texts.flatMap((text) =>
              text
                .toLowerCase()
                .split(/[\s\-'’.,@_/()]+/)
                .filter(Boolean),
            ),
          ),
        ];
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['leads', 'activities'], 'readwrite');
          for (let i = 0; i < count; i++) {
            const id = `lead-${String(i).padStart(5, '0')}`;
            const stage = stages[i % 8];
            const grade = grades[i % 4];
            const total = (i * 37) % 150;
            const jan = i === 9;
            const name = jan ? 'Jan de Vries' : `Person ${i}`;
            const title = i % 2 ? 'Head of Sales' : 'Software Engineer';
            const company = jan ? 'Tulpveld B.V.' : `Company ${i % 40}`;
            const email = jan ? 'jan@tulpveld.nl' : `person${i}@example.com`;
            tx.objectStore('leads').put({
              id,
              name,
              title,
              company,
              email,
              searchWords: words(name, company, title, email),
              country: countries[i % 5],
              identityKeys: [`email:person${i}@example.com`],
              sources: i % 3 ? ['linkedin'] : ['import'],
              stage,
              stageManual: false,
              stageHistory: [
                { at: now - 40 * day, from: null, to: 'lead', cause: 'capture' },
                ...(stage === 'mql' ? [{ at: now - 30 * day, from: 'lead', to: 'mql', cause: 'score' }] : []),
              ],
              score: {
                fit: total,
                engagement: 0,
                total,
                grade,
                level: 1,
                cell: `${grade}1`,
                modelId: 'm',
                scoredAt: now,
              },
              tags: i % 5 === 0 ? ['webinar'] : [],
              createdAt: now - (i % 365) * day - i,
              updatedAt: now,
              lastActivityAt: now - (i % 90) * day,
            });
          }
          const activity = (n: number, type: string, daysAgo: number, detail: string) =>
            tx.objectStore('activities').put({
              id: `act-${n}`,
              leadId: 'lead-00009',
              type,
              at: now - daysAgo * day,
              source: n % 2 ? 'hubspot' : 'linkedin',
              dedupeKey: `e2e:${n}`,
              detail,
            });
          activity(1, 'webinar-registration', 20, 'Scoring webinar');
          activity(2, 'pricing-page-visit', 3, '/pricing');
          activity(3, 'demo-request', 1, 'Asked for a demo for 12 seats');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [count, now] as const,
  );
}

async function expectAccessible(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  expect(violations.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

const status = (page: Page) => page.locator('.leads-overview > p[role="status"]');
const bodyRows = (page: Page) => page.locator('.leads-table tbody tr[data-index]');

test('2,000 leads: sort, filter, search, select all matching, change their stage, open a lead and go back', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#leads`);
  await expect(page.getByText('No leads yet')).toBeVisible();
  await seed(page, COUNT, NOW);
  await page.reload();

  // Only the rows in view (plus overscan) are in the page, yet the table says it has all of them.
  await expect(status(page)).toHaveText('2,000 leads');
  const table = page.getByRole('table', { name: 'Leads' });
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
  await expect(bodyRows(page).first()).toContainText('Person');
  expect(await bodyRows(page).count()).toBeLessThan(60);
  await expect(page.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(page).first().locator('td.num')).toHaveText('149');
  await shot(page, 'leads-table');
  await expectAccessible(page, 'table');

  // Scrolled to the end: the last rows are read and numbered as the last.
  await page.locator('.leads-table-scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(page.locator('.leads-table tbody tr[aria-rowindex="2001"]')).toContainText('Person');

  // Sort by created, newest first: lead 0 was created last.
  await page.getByRole('button', { name: /Created/ }).click();
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(page).first().getByRole('link')).toHaveText('Person 0');
  expect(page.url()).toContain('#leads?sort=created');

  // Filter, then search within the filter.
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'MQL' });
  await expect(status(page)).toHaveText('250 leads match the filters');
  await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption('NL');
  await expect(status(page)).toHaveText('50 leads match the filters');
  await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: 'Any' });
  await page.getByRole('searchbox').fill('tulpveld');
  await expect(status(page)).toHaveText('1 leads match the filters');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText('Jan de Vries');
  await page.getByRole('searchbox').fill('');
  await expect(status(page)).toHaveText('250 leads match the filters');

  // Select all 250 MQLs and make them SQL with a reason.
  await page.getByRole('checkbox', { name: 'Select all 250 matching leads' }).check();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bulk).toContainText('250 selected');
  await bulk.getByRole('combobox', { name: 'Change stage to' }).selectOption({ label: 'SQL' });
  await bulk.getByRole('textbox', { name: 'Reason' }).fill('Qualified at the trade fair');
  await shot(page, 'leads-table-bulk');
  await bulk.getByRole('button', { name: 'Change stage' }).click();
  await expect(bulk.getByRole('status')).toHaveText('Stage changed on 250 leads.');
  await expect(page.getByText('No leads match these filters.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'SQL' });
  await expect(status(page)).toHaveText('500 leads match the filters');

  // Open Jan from the table by keyboard-free click on his row; his timeline is newest first.
  await page.getByRole('searchbox').fill('jan de');
  await expect(bodyRows(page)).toHaveCount(1);
  await bodyRows(page).first().getByText('Tulpveld B.V.').click();
  await expect(page.getByRole('heading', { name: 'Jan de Vries' })).toBeVisible();
  expect(page.url()).toContain('lead=lead-00009');
  await expect(page.getByRole('status', { name: /SQL/ }).first()).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Activity timeline' });
  await expect(timeline.getByRole('row')).toHaveCount(4);
  await expect(timeline.getByRole('row').nth(1)).toContainText('demo request');
  await expect(timeline.getByRole('row').nth(3)).toContainText('webinar registration');
  await expect(page.getByText('Qualified at the trade fair')).toBeVisible();
  await shot(page, 'leads-lead-view');
  await expectAccessible(page, 'lead');

  // Back returns to the table with its sort, filter and search.
  await page.goBack();
  await expect(bodyRows(page).first()).toContainText('Jan de Vries');
  await expect(page.getByRole('searchbox')).toHaveValue('jan de');
  await expect(page.getByRole('combobox', { name: 'Stage', exact: true })).toHaveValue('sql');
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');

  expect(blockedRequests.filter((r) => r.fromExtension)).toEqual([]);
});
