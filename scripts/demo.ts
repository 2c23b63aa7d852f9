// `npm run demo`: opens Chromium with the built LeadLens on a bundled sample LinkedIn profile (the
// team's own fixture, served at a linkedin.com URL) and the side panel beside it. With a display
// it stays open until you close the browser; without one it runs headless and saves screenshots.
import path from 'node:path';
import { launchWithExtension, root, screenshot, serveAt } from '../test/e2e/launch.ts';

const PROFILE_URL = 'https://www.linkedin.com/in/joelle-van-den-broek/';
const SAMPLE = path.join(root, 'test', 'fixtures', 'linkedin', 'public-profile_guest_nl.html');
const outDir = path.join(root, 'demo-output');
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';

const { context, extensionId } = await launchWithExtension(headless);
// The demo never touches the network: only the sample page is served, everything else is refused.
await context.route(/^(https?|wss?):\/\//, (route) => route.abort('blockedbyclient'));
await serveAt(context, PROFILE_URL, SAMPLE);

const panel = await context.newPage();
await panel.setViewportSize({ width: 380, height: 760 });
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
const profile = await context.newPage();
await profile.goto(PROFILE_URL);
await profile.bringToFront();
await panel
  .getByRole('status', { name: /^Stage:/ })
  .first()
  .waitFor({ timeout: 15_000 });

if (headless) {
  const files = [await screenshot(profile, outDir, 'profile-page'), await screenshot(panel, outDir, 'side-panel')];
  console.log(`LeadLens demo (headless, no display): screenshots written to ${outDir}/`);
  for (const file of files) console.log(`  ${path.relative(root, file)}`);
  await context.close();
} else {
  console.log('LeadLens demo: the side panel page shows the captured lead. Close the browser to end.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
