import path from 'node:path';
import { syntheticHistory } from '../../lib/calibration/testSupport.ts';
import { expect, root, shot, test } from './extension.ts';
import { countRows, putAll, readAll } from './extensionDb.ts';

// Learning from outcomes, end to end: a history of won and lost leads in the extension's own
// database, calibration in the dashboard's worker, suggestions and a backtest on screen, and
// accepting some of them making (and activating) a new model version.

const LEADS = 400;

/**
 * The calibration tests' synthetic world (lib/calibration/testSupport): leads whose outcomes follow
 * known "true" points (a demo request and a meeting worth far more than the shipped model says, email
 * opens and page views worth nothing), stored as the app stores them (lib/db/records.ts).
 */
function history() {
  const { leads, outcomes } = syntheticHistory(LEADS, 8);
  const at = Date.UTC(2025, 0, 1);
  return {
    leads: leads.map(({ id, lead }) => ({
      ...lead,
      id,
      identityKeys: [`email:${id}@calibration.example`],
      sources: ['import'],
      stage: 'lead',
      stageManual: false,
      stageHistory: [{ at, from: null, to: 'lead', cause: 'import' }],
      tags: [],
      createdAt: at,
      updatedAt: at,
    })),
    activities: leads.flatMap(({ id, activities }) =>
      activities.map((a, i) => ({
        id: `${id}-a${i}`,
        leadId: id,
        type: a.type,
        at: new Date(a.at).getTime(),
        source: 'hubspot',
        dedupeKey: `hubspot:${id}:${i}`,
      })),
    ),
    outcomes: outcomes.map((o, i) => ({ id: `outcome-${i}`, leadId: o.leadId, outcome: o.outcome, at: o.at })),
  };
}

test('calibration suggests points from outcomes, backtests them, and accepting makes the active version', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await expect(page.getByRole('navigation')).toBeVisible();
  const seeded = history();
  await putAll(page, seeded);
  expect(await countRows(page, 'outcomes')).toBe(LEADS);

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#model`);
  const panel = page.getByRole('region', { name: 'Learn from outcomes' });
  await expect(page.getByText(/is active \(version 1\)|version 1/).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Check the model against outcomes' }).click();

  const suggestions = panel.getByRole('table', { name: /Suggested points per rule/ });
  await expect(suggestions).toBeVisible({ timeout: 60_000 });
  const rows = suggestions.getByRole('row');
  expect(await rows.count()).toBeGreaterThan(3);
  await expect(suggestions.getByRole('cell', { name: 'Demo request', exact: true })).toBeVisible();

  // The backtest: ranking, precision and recall at the MQL threshold, lift and calibration, both models.
  const backtest = panel.getByRole('table', { name: 'Backtest over your history' });
  await expect(backtest).toBeVisible();
  for (const measure of ['AUC (ranking quality)', 'Precision at the MQL threshold', 'Recall at the MQL threshold']) {
    await expect(backtest.getByRole('rowheader', { name: measure })).toBeVisible();
  }
  const auc = await backtest.getByRole('row', { name: /AUC/ }).getByRole('cell').allTextContents();
  console.log(`calibration: ${(await rows.count()) - 1} suggestions; AUC current ${auc[0]}, suggested ${auc[1]}`);
  // Outcomes that follow the rules: both models rank won above lost far better than chance.
  for (const value of auc) expect(Number(value)).toBeGreaterThan(0.65);
  await expect(panel.getByRole('table', { name: /Lift by score decile/ })).toBeVisible();
  await expect(panel.getByRole('img', { name: /Calibration/ })).toBeVisible();
  await shot(page, 'calibration-model-page');
  await panel.screenshot({ path: path.join(root, 'test-results', 'screenshots', 'calibration-panel.png') });

  // Accept two suggestions only: the demo request and the one after it.
  const boxes = suggestions.getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).uncheck();
  await suggestions.getByRole('checkbox', { name: 'Use the suggestion for Demo request' }).check();
  await suggestions.getByRole('checkbox', { name: /Use the suggestion for Meeting booked/ }).check();
  await panel.getByRole('button', { name: 'Use 2 selected suggestion(s) as a new model version' }).click();
  await expect(panel.getByText('Saved as a new model version and activated')).toBeVisible();

  // Version 2 is stored, active, calibrated from the outcomes, and the diff names what changed.
  await expect
    .poll(async () =>
      (await readAll<{ version: number; active: number; note?: string }>(page, 'models')).map((m) => [
        m.version,
        m.active,
      ]),
    )
    .toEqual([
      [1, 0],
      [2, 1],
    ]);
  const models = await readAll<{ version: number; note?: string }>(page, 'models');
  expect(models.find((m) => m.version === 2)?.note).toBe(`calibrated from ${LEADS} outcomes`);
  await expect(page.getByText(/version 2/).first()).toBeVisible();
  const diff = page.getByRole('region', { name: /Compare/ });
  await expect(diff.getByText('Demo request').first()).toBeVisible();
  await shot(page, 'calibration-accepted');

  expect(blockedRequests.filter((r) => r.fromExtension)).toEqual([]);
});
