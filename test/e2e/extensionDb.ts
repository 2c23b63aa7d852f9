import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './extension.ts';

// Helpers for e2e tests that look inside LeadLens: its IndexedDB (read and seeded from one of its
// own pages, the only origin that can) and its service worker (stopped through the DevTools protocol).

/** Every record of a table of the extension's database. */
export function readAll<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

export async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Writes records into tables of the extension's database in one transaction (records as in
 * lib/db/records.ts). Waits until the page has created the database with those tables: opening it
 * earlier would create an empty one and race the app's own upgrade.
 */
export function putAll(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(
    (byTable) =>
      new Promise<void>((resolve, reject) => {
        const tables = Object.keys(byTable);
        const attempt = (triesLeft: number) => {
          const open = indexedDB.open('leadlens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!tables.every((table) => db.objectStoreNames.contains(table))) {
              db.close();
              if (triesLeft === 0) reject(new Error(`the extension never created ${tables.join(', ')}`));
              else setTimeout(() => attempt(triesLeft - 1), 100);
              return;
            }
            // The app may upgrade later: never block it.
            db.onversionchange = () => db.close();
            const tx = db.transaction(tables, 'readwrite');
            for (const [table, records] of Object.entries(byTable)) {
              for (const record of records) tx.objectStore(table).put(record);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
        attempt(100);
      }),
    rows,
  );
}

/** The parts of the extension API the tests call inside LeadLens's pages (the e2e code has no chrome types). */
export interface ExtensionApi {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  storage: {
    local: {
      set: (items: Record<string, unknown>) => Promise<void>;
      get: (keys: null) => Promise<Record<string, unknown>>;
    };
  };
}

/** Sends a message to the background from an extension page, as the panel and dashboard do. */
export function sendMessage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

export interface WorkerControl {
  /** Stops the extension's service worker, as Chrome does when it goes idle or is killed. */
  stop: () => Promise<void>;
  /** 'running', 'stopping', 'stopped', ... as Chrome reports it. */
  status: () => string;
}

/**
 * Attaches to the extension's service worker through the DevTools protocol. Chromium has no
 * `ServiceWorker.stopAllServiceWorkers` here, but `ServiceWorker.stopWorker` with the version id
 * that `ServiceWorker.enable` reports stops the extension's worker; the next message starts it again.
 */
export async function controlServiceWorker(context: BrowserContext, page: Page): Promise<WorkerControl> {
  const cdp: CDPSession = await context.newCDPSession(page);
  let versionId: string | undefined;
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (!version.scriptURL.endsWith('/background.js')) continue;
      versionId = version.versionId;
      status = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versionId, { message: 'the extension service worker is reported' }).toBeDefined();
  return {
    status: () => status,
    stop: async () => {
      await cdp.send('ServiceWorker.stopWorker', { versionId: versionId ?? '' });
      await expect.poll(() => status, { message: 'the service worker stops' }).toBe('stopped');
    },
  };
}
