import path from 'node:path';
import { expect, root, serveAt, shot, test } from './extension.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'linkedin');
const PROFILE = 'https://www.linkedin.com/in/joelle-van-den-broek/';

// The panel speaks the browser's language: a Dutch browser gets the Dutch UI and checklist.
test.use({ locale: 'nl-NL' });

test('the side panel in Dutch, light and dark', async ({ context, extensionId }) => {
  await serveAt(context, PROFILE, path.join(fixtures, 'public-profile_guest_nl.html'));
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { name: 'Geen lead op dit tabblad' })).toBeVisible();
  await shot(panel, 'nl-empty');

  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  await linkedin.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Kwalificatie' })).toBeVisible();
  await shot(panel, 'nl-lead-light');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await shot(panel, 'nl-lead-dark');
});
