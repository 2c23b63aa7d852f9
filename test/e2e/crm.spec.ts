import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page, type Worker } from '@playwright/test';
import { CRM_HOST_PATTERNS } from '../../lib/capture/crm/hosts.ts';
import { root, serveAt, shot } from './extension.ts';

/*
 * A person captured on LinkedIn, then their HubSpot contact record: one lead with both sources,
 * the HubSpot timeline scored. Headless Chromium cannot accept the permission prompt a user
 * answers when turning HubSpot on, so this runs the e2e variant build (LEADLENS_E2E_GRANTED_CRM=1,
 * see wxt.config.ts): the CRM hosts are granted at install, the background finds them with
 * permissions.contains and registers the CRM script exactly as after a user's grant.
 */

const variant = path.join(root, '.output', 'e2e-granted-crm', 'chrome-mv3');
const PROFILE = 'https://www.linkedin.com/in/joelle-van-den-broek/';
const HUBSPOT = 'https://app-eu1.hubspot.com/contacts/4711234/record/0-1/6001';
const hubspotFixture = path.join(root, 'test', 'fixtures', 'crm', 'hubspot', 'contact-linkedin.html');

/** The fixture's timeline moved so its latest entry is a day old: its points have not decayed away. */
function recentHubSpotPage(): string {
  const html = readFileSync(hubspotFixture, 'utf8');
  const shift = Date.now() - 24 * 3600_000 - Date.parse('2026-11-21T09:30:00Z');
  return html.replace(
    /datetime="([^"]+)"/g,
    (_, at: string) => `datetime="${new Date(Date.parse(at) + shift).toISOString()}"`,
  );
}

const test = base.extend<{ context: BrowserContext; worker: Worker; extensionId: string; fromExtension: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
  fromExtension: async ({}, use) => {
    await use([]);
  },
  context: async ({ fromExtension }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${variant}`,
        `--load-extension=${variant}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    });
    // Nothing may leave the browser: requests not served from a fixture are refused and recorded.
    await context.route(/^(https?|wss?):\/\//, (route) => {
      const request = route.request();
      const initiator = request.serviceWorker()?.url() ?? request.frame().url();
      if (initiator.startsWith('chrome-extension://')) fromExtension.push(request.url());
      return route.abort('blockedbyclient');
    });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    env: { ...process.env, LEADLENS_E2E_GRANTED_CRM: '1' },
    stdio: 'ignore',
  });
});

/** The extension API as the service worker sees it (evaluated there; the tests have no chrome types). */
interface WorkerChrome {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  runtime: { getManifest(): { content_scripts?: { matches?: string[] }[] } };
}

interface StoredLead {
  id: string;
  name?: string;
  email?: string;
  linkedinUrl?: string;
  sources: string[];
  score?: { engagement: number };
}

/** Every lead and the sources of every activity, read from the extension's IndexedDB. */
function readStore(page: Page): Promise<{ leads: StoredLead[]; activitySources: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['leads', 'activities']);
          const leads = tx.objectStore('leads').getAll();
          const activities = tx.objectStore('activities').getAll();
          tx.oncomplete = () =>
            resolve({
              leads: leads.result,
              activitySources: activities.result.map((a: { source: string }) => a.source),
            });
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('a LinkedIn capture and the same person in HubSpot make one lead, HubSpot activities scored', async ({
  context,
  worker,
  extensionId,
  fromExtension,
}) => {
  await serveAt(context, PROFILE, path.join(root, 'test', 'fixtures', 'linkedin', 'public-profile_guest_nl.html'));
  const hubspotPage = recentHubSpotPage();
  await context.route(HUBSPOT, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hubspotPage }),
  );

  // The CRM script is registered from the grants, for exactly the CRM hosts, and is not in the manifest.
  const registered = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      return (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({
        id: s.id,
        matches: s.matches?.sort(),
      }));
    });
  await expect.poll(registered).toEqual([{ id: 'leadlens-crm', matches: [...CRM_HOST_PATTERNS].sort() }]);
  const manifest = await worker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return chrome.runtime.getManifest();
  });
  expect((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])).not.toContain(
    'https://app-eu1.hubspot.com/*',
  );

  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await expect(dashboard.getByRole('checkbox', { name: 'Read HubSpot records' })).toBeChecked();
  await shot(dashboard, 'crm-settings-granted');

  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  await expect.poll(async () => (await readStore(dashboard)).leads.length).toBe(1);

  const hubspot = await context.newPage();
  await hubspot.goto(HUBSPOT);
  await shot(hubspot, 'crm-hubspot-record');
  await expect
    .poll(async () => (await readStore(dashboard)).activitySources.filter((s) => s === 'hubspot').length)
    .toBe(3);

  const { leads } = await readStore(dashboard);
  expect(leads).toHaveLength(1);
  const [lead] = leads;
  expect(lead).toMatchObject({
    name: 'Joëlle van den Broek',
    email: 'joelle@tulpveld.example',
    linkedinUrl: 'https://www.linkedin.com/in/joelle-van-den-broek/',
  });
  expect(lead?.sources.sort()).toEqual(['hubspot', 'linkedin']);
  expect(lead?.score?.engagement).toBeGreaterThan(0);

  // The panel explains the engagement points with the HubSpot activities.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 1400 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?lead=${lead?.id}`);
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();
  await expect(panel.getByText('Pricing page visit', { exact: false }).first()).toBeVisible();
  await expect(panel.getByText('Contact form', { exact: false }).first()).toBeVisible();
  await shot(panel, 'crm-one-lead-both-sources');

  // The rep corrects a field and logs what LeadLens could not see; both count at once.
  await panel.getByText('Edit lead', { exact: true }).click();
  await panel.getByRole('textbox', { name: 'Email' }).fill('joelle@');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Expected an email address/);
  await panel.getByRole('textbox', { name: 'Email' }).fill('joelle.vandenbroek@tulpveld.example');
  await panel.getByRole('textbox', { name: 'Website' }).fill('tulpveld.example');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Changes saved' })).toBeVisible();
  await panel.getByText('Log an activity', { exact: true }).click();
  await panel.getByRole('combobox', { name: 'What the lead did' }).selectOption({ label: 'Webinar attendance' });
  await panel.getByRole('textbox', { name: 'Note (optional)' }).fill('Autumn webinar');
  await panel.getByRole('button', { name: 'Add activity' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Activity added' })).toBeVisible();
  await expect(panel.getByText('Webinar attendance', { exact: false }).first()).toBeVisible();
  await shot(panel, 'crm-manual-edit-and-activity');
  const after = await readStore(dashboard);
  expect(after.leads).toHaveLength(1);
  expect(after.leads[0]?.email).toBe('joelle.vandenbroek@tulpveld.example');
  expect(after.activitySources.filter((s) => s === 'manual')).toHaveLength(1);
  expect(after.leads[0]?.score?.engagement).toBeGreaterThan(lead?.score?.engagement ?? 0);

  expect(fromExtension).toEqual([]);
});

test('"Capture this page": without access the panel says how to give it; with access a person on any page becomes a lead', async ({
  context,
  extensionId,
  fromExtension,
}) => {
  const speaker = path.join(root, 'test', 'fixtures', 'generic', 'speaker-jsonld.html');
  const NO_ACCESS = 'https://summit.example/speakers/marta-kowalczyk';
  // A HubSpot host is granted in this build: a page there that is no record is read generically.
  const GRANTED = 'https://app-eu1.hubspot.com/events/speakers/marta-kowalczyk';
  await serveAt(context, NO_ACCESS, speaker);
  await serveAt(context, GRANTED, speaker);

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const page = await context.newPage();
  await page.goto(NO_ACCESS);
  await page.bringToFront();
  await panel.getByRole('button', { name: 'Capture this page' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Right-click the page and choose “Capture this page with LeadLens”',
  );
  await shot(panel, 'capture-page-no-access');
  expect((await readStore(panel)).leads).toEqual([]);

  await page.goto(GRANTED);
  await page.bringToFront();
  await panel.getByRole('button', { name: 'Capture this page' }).click();
  await expect(panel.getByRole('heading', { name: 'Marta Kowalczyk' })).toBeVisible();
  await shot(panel, 'capture-page-lead');
  const { leads } = await readStore(panel);
  expect(leads).toMatchObject([
    { name: 'Marta Kowalczyk', email: 'marta.kowalczyk@wisladata.example', sources: ['web'] },
  ]);
  expect(fromExtension).toEqual([]);
});
