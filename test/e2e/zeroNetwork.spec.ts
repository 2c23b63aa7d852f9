import path from 'node:path';
import type { Request } from '@playwright/test';
import { expect, root, serveAt, shot, test } from './extension.ts';
import { controlServiceWorker } from './extensionDb.ts';

// A whole working session with every request recorded: LeadLens itself (its pages and its service
// worker) must make none. The fixture refuses every http(s)/ws request and marks those made by the
// extension; Playwright routes the service worker's requests too. The saved LinkedIn page is
// served by the test, so the page's own requests do not count.

const PROFILE_URL = 'https://www.linkedin.com/in/joelle-van-den-broek/';
const SECTIONS = [
  ['leads', 'Leads'],
  ['reports', 'Reports'],
  ['model', 'Model'],
  ['data', 'Data'],
  ['settings', 'Settings'],
] as const;

test('a full session (capture, score, call, answers, every dashboard section, import, export, backup) makes no request', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  test.setTimeout(120_000);
  const observed: Request[] = [];
  context.on('request', (request) => observed.push(request));
  await serveAt(context, PROFILE_URL, path.join(root, 'test', 'fixtures', 'linkedin', 'public-profile_guest_nl.html'));

  // Capture and score.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const worker = await controlServiceWorker(context, panel);
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  await linkedin.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();
  await expect(panel.getByRole('status', { name: /^Stage: / })).toBeVisible();

  // A call with notes and checklist answers, then ended (logged as an activity, rescored).
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Start call' }).click();
  await expect(panel.getByRole('timer', { name: 'Call time' })).toBeVisible();
  await panel.getByRole('textbox', { name: /Answer for Budget/ }).fill('50k EUR approved');
  // The radio shows what is stored: it turns checked once the background has saved the answer.
  const needMet = panel.getByRole('group', { name: /Need/ }).getByRole('radio', { name: 'Met', exact: true });
  await needMet.click();
  await expect(needMet).toBeChecked();
  await panel.getByRole('textbox', { name: /notes/i }).first().fill('[00:00] Renewals run on spreadsheets');
  await panel.waitForTimeout(800); // autosave
  await panel.getByRole('button', { name: /End call/ }).click();
  await expect(panel.getByRole('timer', { name: 'Call time' })).toBeHidden();
  await shot(panel, 'zero-network-panel');

  // Every dashboard section.
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1200, height: 900 });
  for (const [hash, name] of SECTIONS) {
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#${hash}`);
    await expect(dashboard.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(dashboard.getByRole('main').getByRole('heading').first()).toBeVisible();
  }

  // CSV import and export, and a full backup.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#data`);
  await dashboard
    .getByLabel(/CSV file/)
    .setInputFiles(path.join(root, 'test', 'fixtures', 'csv', 'hubspot-contacts.csv'));
  await dashboard.getByRole('button', { name: 'Import hubspot-contacts.csv' }).click();
  await expect(dashboard.getByText(/^Imported: /)).toBeVisible();
  for (const button of ['Download CSV', 'Download a full backup (JSON)']) {
    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toMatch(/^leadlens-/);
  }
  await shot(dashboard, 'zero-network-dashboard');

  const network = observed.filter((r) => /^(https?|wss?):/.test(r.url()));
  const fromExtension = blockedRequests.filter((r) => r.fromExtension);
  const fromWorker = observed.filter((r) => r.serviceWorker() !== null);
  console.log(
    `zero network: ${observed.length} requests observed (extension files, the served page and its assets), ` +
      `${network.length} to the network, ${fromWorker.length} from the service worker (${worker.status()}), ` +
      `${fromExtension.length} made by LeadLens`,
  );
  expect(fromExtension).toEqual([]);
  expect(fromWorker.filter((r) => /^(https?|wss?):/.test(r.url()))).toEqual([]);
  // The observer works: the served profile page itself was seen.
  expect(network.map((r) => r.url())).toContain(PROFILE_URL);
});
