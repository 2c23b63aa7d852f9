import type { BrowserContext, Page } from '@playwright/test';
import { type Condition, timeOpen, timeReaction } from './inPageTiming.ts';
import { type Figure, summarize } from './stats.ts';

const FIRST_ROW = 'table.leads-table tbody tr[aria-rowindex="2"]';

/**
 * The table shows the answer of a query other than `previous` (its data-query attribute), with its
 * first row read. Not "the first row changed": the top lead by score is often the top MQL too.
 */
const answerShown = (previous: string | null): Condition =>
  `document.querySelector('table.leads-table')?.getAttribute('data-query') !== ${JSON.stringify(previous)} &&
  document.querySelector('${FIRST_ROW}:not([aria-busy])')`;

/** Milliseconds from the input `action` makes until the table shows the new query's answer. */
async function timeTableChange(page: Page, action: () => Promise<unknown>): Promise<number> {
  const before = await page.locator('table.leads-table').getAttribute('data-query');
  return timeReaction(page, answerShown(before), action);
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
    opens.push(await timeOpen(page, answerShown(null), () => page.goto(url)));

    const stage = page.getByRole('combobox', { name: /^Stage/ });
    filters.push(await timeTableChange(page, () => stage.selectOption('mql')));
    await timeTableChange(page, () => stage.selectOption(''));

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
