import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, root, serveAt, shot, test } from './extension.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'linkedin');
const JOELLE = 'https://www.linkedin.com/in/joelle-van-den-broek/';
const ASA = 'https://www.linkedin.com/in/asa-lindqvist-4b1a2c/';
const TULPVELD = 'https://www.linkedin.com/company/tulpveld/';

test('SPA navigation captures both profiles; a company page updates the leads at that company', async ({
  context,
  extensionId,
}) => {
  await serveAt(context, JOELLE, path.join(fixtures, 'public-profile_guest_nl.html'));
  await serveAt(context, TULPVELD, path.join(fixtures, 'company-guest_nl.html'));
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

  const linkedin = await context.newPage();
  await linkedin.goto(JOELLE);
  await linkedin.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();

  // LinkedIn swaps the page in place and pushes the new URL; no reload happens.
  const asaHtml = readFileSync(path.join(fixtures, 'member-2024_sv.html'), 'utf8');
  await linkedin.evaluate(
    ([html, url]) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.head.replaceChildren(...next.head.childNodes);
      document.body.replaceChildren(...next.body.childNodes);
      history.pushState({}, '', url);
    },
    [asaHtml, ASA] as const,
  );
  await expect(panel.getByRole('heading', { name: 'Åsa Lindqvist' })).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByText('Head of Sales Nordics · Fjällsoft AB')).toBeVisible();
  await shot(panel, 'sidepanel-after-spa-navigation');

  // The company page of Joëlle's employer adds its size and industry to her lead.
  await linkedin.goto(TULPVELD);
  await expect(panel.getByRole('heading', { name: 'Tulpveld B.V.' })).toBeVisible();
  await expect(panel.getByText('Updated 1 lead(s) at this company:')).toBeVisible();
  await expect(panel.getByText('Joëlle van den Broek')).toBeVisible();
  await shot(panel, 'sidepanel-company');

  await linkedin.goto(JOELLE);
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();
  await expect(panel.getByText('51-200 employees')).toBeVisible();
});
