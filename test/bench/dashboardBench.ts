import type { BrowserContext, Page } from '@playwright/test';
import { type Figure, summarize } from './stats.ts';

const FIRST_ROW = 'table.leads-table tbody tr[aria-rowindex="2"]';

/** The query whose answer the table shows (its data-query attribute). */
async function shownQuery(page: Page): Promise<string | null> {
  return page.locator('table.leads-table').getAttribute('data-query');
}

/**
 * Milliseconds from `action` until the table shows the answer of another query with its first
 * row painted. Not "until the first row changes": the top lead by score is often the top MQL too.
 */
async function timeTableChange(page: Page, action: () => Promise<void>): Promise<number> {
  const before = await shownQuery(page);
  const start = performance.now();
  await action();
  await page.waitForFunction(
    ([selector, previous]) => {
      const query = document.querySelector('table.leads-table')?.getAttribute('data-query');
      const row = document.querySelector(selector ?? '');
      return query !== previous && !!row && !row.getAttribute('aria-busy');
    },
    [FIRST_ROW, before] as const,
    { polling: 'raf' },
  );
  return performance.now() - start;
}

/**
 * The dashboard's leads table on the full database: first rows painted on open, a filter
 * (stage MQL), a sort (by score), a search and a grouped sort (by stage), each until the table
 * shows the new query's answer.
 */
export async function dashboardFigures(
  context: BrowserContext,
  extensionId: string,
  runs: number,
  leads: number,
): Promise<Figure[]> {
  const url = `chrome-extension://${extensionId}/dashboard.html#leads`;
  const opens: number[] = [];
  const filters: number[] = [];
  const sorts: number[] = [];
  const stageSorts: number[] = [];
  const searches: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.locator(`${FIRST_ROW}:not([aria-busy])`).waitFor();
    opens.push(performance.now() - start);

    const stage = page.getByRole('combobox', { name: /^Stage/ });
    filters.push(await timeTableChange(page, async () => void (await stage.selectOption('mql'))));
    await timeTableChange(page, async () => void (await stage.selectOption('')));

    const score = page.getByRole('button', { name: 'Score' });
    sorts.push(await timeTableChange(page, () => score.click()));

    const search = page.getByRole('searchbox');
    searches.push(await timeTableChange(page, () => search.fill('jan')));
    await timeTableChange(page, () => search.fill(''));

    const stageHeader = page.getByRole('button', { name: 'Stage' });
    stageSorts.push(await timeTableChange(page, () => stageHeader.click()));
    await page.close();
  }
  const note = `${leads} leads stored`;
  return [
    summarize('dashboard leads table: first rows painted', 'ms', opens, { target: 500, note }),
    summarize('dashboard leads table: filter applied (stage MQL)', 'ms', filters, { target: 100, note }),
    summarize('dashboard leads table: sort applied (score)', 'ms', sorts, { target: 100, note }),
    summarize('dashboard leads table: sort applied (stage)', 'ms', stageSorts, { target: 100, note }),
    summarize('dashboard leads table: search "jan"', 'ms', searches, { target: 100, note: 'typing pause included' }),
  ];
}
