import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, root, serveAt, shot, test } from './extension.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'linkedin');
const PROFILE_URL = 'https://www.linkedin.com/in/joelle-van-den-broek/';
const AUTHWALL_URL = 'https://www.linkedin.com/in/jan-de-vries-99/';

/** Counts rows in a table of the extension's IndexedDB, read from an extension page. */
async function countRows(extensionPage: Page, table: string): Promise<number> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

test('a LinkedIn profile becomes a scored lead in the side panel; an authwall creates none', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  await serveAt(context, PROFILE_URL, path.join(fixtures, 'public-profile_guest_nl.html'));
  await serveAt(context, AUTHWALL_URL, path.join(fixtures, 'authwall.html'));

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 720 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { name: 'No lead on this tab' })).toBeVisible();
  await shot(panel, 'sidepanel-empty');

  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  await shot(linkedin, 'linkedin-profile');

  // The panel follows the active tab: bring the profile to the front and it shows the lead.
  await linkedin.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();
  await expect(panel.getByRole('status', { name: /^Stage: (Lead|MQL)/ })).toBeVisible();
  await expect(panel.getByText('Fit', { exact: true })).toBeVisible();
  expect(await countRows(panel, 'leads')).toBe(1);
  await shot(panel, 'sidepanel-lead');

  // Stored, not held in memory: a reload shows the same lead.
  await panel.reload();
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();

  // An authwall page says why nothing was captured and creates no lead.
  await linkedin.goto(AUTHWALL_URL);
  await expect(panel.getByRole('heading', { name: 'Nothing captured on this page' })).toBeVisible();
  await expect(panel.getByText('LinkedIn asks you to sign in')).toBeVisible();
  expect(await countRows(panel, 'leads')).toBe(1);
  expect(await countRows(panel, 'captures')).toBe(2);
  await shot(panel, 'sidepanel-authwall');

  // The dashboard opened from the panel: the shipped model, versions, settings and data.
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#model`);
  await expect(dashboard.getByRole('table', { name: 'Rules of the active model' })).toBeVisible();
  await shot(dashboard, 'dashboard-model');
  await dashboard.getByRole('link', { name: 'Data' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await shot(dashboard, 'dashboard-data');

  expect(blockedRequests.filter((r) => r.fromExtension)).toEqual([]);
});
