import { readFileSync } from 'node:fs';
import { expect, shot, test } from './extension.ts';
import { countRows, type ExtensionApi, putAll } from './extensionDb.ts';

// "Hand over this machine" in the real browser: the backup is downloaded, then every table and the
// extension's storage are empty.

test('hand over this machine: a full backup is downloaded, then everything is erased', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const at = Date.UTC(2026, 10, 20);
  await putAll(page, {
    leads: [
      {
        id: 'ana',
        name: 'Ana Popescu',
        identityKeys: ['linkedin:in/ana-popescu'],
        sources: ['linkedin'],
        stage: 'lead',
        stageManual: false,
        stageHistory: [{ at, from: null, to: 'lead', cause: 'capture' }],
        tags: [],
        createdAt: at,
        updatedAt: at,
      },
    ],
    activities: [
      { id: 'a1', leadId: 'ana', type: 'pricing-page-visit', at, source: 'linkedin', dedupeKey: 'linkedin:a1' },
    ],
    settings: [{ key: 'sla-hours', value: 12 }],
  });
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.set({ leftover: 1 }),
  );

  const region = page.getByRole('region', { name: 'Hand over this machine' });
  const button = region.getByRole('button', { name: 'Download backup and erase everything' });
  await expect(button).toBeDisabled();
  await region.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await shot(page, 'export-and-wipe-confirm');
  const download = page.waitForEvent('download');
  await button.click();
  const file = await (await download).path();
  await expect(region.getByRole('status')).toContainText('LeadLens is empty on this machine');
  await shot(page, 'export-and-wipe-done');

  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.format).toBe('leadlens-backup');
  expect(backup.tables.leads.map((l: { name: string }) => l.name)).toEqual(['Ana Popescu']);
  for (const table of ['leads', 'activities', 'settings']) {
    expect(await countRows(page, table), table).toBe(0);
  }
  expect(
    await page.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(null)),
  ).toEqual({});
});
