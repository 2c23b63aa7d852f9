import path from 'node:path';
import { type BrowserContext, test as base, type Page, type Request } from '@playwright/test';
import { launchWithExtension, root, screenshot } from './launch.ts';

export { expect } from '@playwright/test';
export { root, serveAt } from './launch.ts';

const screenshotDir = path.join(root, 'test-results', 'screenshots');

/** Saves a full-page screenshot under test-results/screenshots/ (look at them). */
export const shot = (page: Page, name: string) => screenshot(page, screenshotDir, name);

/** A request the test refused; `fromExtension` when LeadLens itself (a page or its worker) made it. */
export interface BlockedRequest {
  url: string;
  fromExtension: boolean;
}

function initiatorUrl(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; blockedRequests: BlockedRequest[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
  blockedRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ blockedRequests }, use) => {
    const { context } = await launchWithExtension();
    // Nothing may leave the browser: requests not routed to a saved page are refused and recorded.
    await context.route(/^(https?|wss?):\/\//, (route) => {
      const request = route.request();
      blockedRequests.push({
        url: request.url(),
        fromExtension: initiatorUrl(request).startsWith('chrome-extension://'),
      });
      return route.abort('blockedbyclient');
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});
