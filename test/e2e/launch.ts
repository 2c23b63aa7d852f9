import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';

// Shared by the e2e tests, the demo and the benchmark: Debian's Chromium with the built extension.

export const root = path.resolve(import.meta.dirname, '..', '..');
export const extensionPath = path.join(root, '.output', 'chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that load LeadLens and keep Chromium from calling home (this machine has no network). */
function chromiumArgs(extension: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}

export async function launchWithExtension(
  headless = true,
  extraArgs: string[] = [],
): Promise<{ context: BrowserContext; extensionId: string }> {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless,
    args: [...chromiumArgs(extensionPath), ...extraArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/** Serves a saved HTML file at a real URL (e.g. a LinkedIn profile), so the content script runs on it. */
export async function serveAt(context: BrowserContext, url: string, htmlFile: string): Promise<void> {
  const body = readFileSync(htmlFile, 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
