import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { defaultModel } from '../../lib/scoring/defaultModel.ts';
import { expect, root, shot, test } from './extension.ts';

/** A screenshot of one part of the page (the full page is thousands of pixels tall). */
const part = (locator: Locator, name: string) =>
  locator.screenshot({ path: path.join(root, 'test-results', 'screenshots', `${name}.png`) });

const COUNT = 500;
const DAY = 86_400_000;

/**
 * 500 unscored leads, varied in title, company size and country, and every second one engaged today
 * (a pricing-page visit; every fourth one a demo request too), so the shipped model makes MQLs of
 * many of them with fit scores on both sides of 60.
 */
function seedLeads(now: number) {
  const titles = ['VP Sales', 'Head of Marketing', 'CEO', 'Software Engineer', 'Sales Director', 'Senior Analyst'];
  const sizes = [8, 30, 120, 600, 3000, 9000];
  const countries = ['NL', 'SE', 'PL', 'RO', 'US'];
  const leads = Array.from({ length: COUNT }, (_, i) => ({
    id: `lead-${String(i).padStart(4, '0')}`,
    name: `Person ${i}`,
    title: titles[i % titles.length],
    company: `Company ${i % 37}`,
    companySize: sizes[Math.floor(i / titles.length) % sizes.length],
    country: countries[i % countries.length],
    identityKeys: [`email:person${i}@company${i % 37}.com`],
    sources: ['import'],
    stage: 'lead',
    stageManual: false,
    stageHistory: [{ at: now - 10 * DAY, from: null, to: 'lead', cause: 'import' }],
    tags: [],
    createdAt: now - 10 * DAY,
    updatedAt: now - 10 * DAY,
  }));
  const activities = leads.flatMap((lead, i) =>
    (i % 4 === 0 ? ['pricing-page-visit', 'demo-request'] : i % 2 === 0 ? ['pricing-page-visit'] : []).map((type) => ({
      id: `${lead.id}-${type}`,
      leadId: lead.id,
      type,
      at: now - DAY,
      source: 'hubspot',
      dedupeKey: `e2e:${lead.id}-${type}`,
    })),
  );
  return { leads, activities };
}

/** Leads per stage and how many are scored, read from LeadLens's IndexedDB in the page's origin. */
function stageCounts(page: Page): Promise<{ scored: number; stages: Record<string, number> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('leads').objectStore('leads').getAll();
          request.onsuccess = () => {
            const stages: Record<string, number> = {};
            let scored = 0;
            for (const lead of request.result as { stage: string; score?: { modelId: string } }[]) {
              stages[lead.stage] = (stages[lead.stage] ?? 0) + 1;
              if (lead.score) scored++;
            }
            open.result.close();
            resolve({ scored, stages });
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The id of the model every stored lead was last scored with, once they all agree. */
function scoredWith(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('leads').objectStore('leads').getAll();
          request.onsuccess = () => {
            const ids = new Set(
              (request.result as { score?: { modelId: string } }[]).map((l) => l.score?.modelId ?? ''),
            );
            open.result.close();
            resolve([...ids]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('edit the MQL threshold in the form, see what it does to 500 leads, save, activate, compare, roll back', async ({
  context,
  extensionId,
  blockedRequests,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#model`);
  await expect(page.getByRole('heading', { name: 'Edit the model' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'leadlens')))
    .toBe(true);

  // Seed the leads, then score them all with the shipped model (imported as version 2 and activated).
  const { leads, activities } = seedLeads(Date.now());
  await page.evaluate(
    ({ leads, activities }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leadlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['leads', 'activities'], 'readwrite');
          for (const lead of leads) tx.objectStore('leads').put(lead);
          for (const activity of activities) tx.objectStore('activities').put(activity);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { leads, activities },
  );
  const text = JSON.stringify(defaultModel);
  await page.evaluate(async (text) => {
    // The extension page's own messaging, as the dashboard's import and activate buttons use it.
    const { runtime } = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ modelId?: string }> } } }
    ).chrome;
    const imported = await runtime.sendMessage({ type: 'import-model', text, note: 'e2e baseline' });
    await runtime.sendMessage({ type: 'activate-model', modelId: imported.modelId });
  }, text);
  await expect.poll(() => scoredWith(page), { timeout: 30_000 }).toEqual(['model-2']);
  const before = await stageCounts(page);
  expect(before.stages.mql).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByText('Active model: LeadLens default, version 2')).toBeVisible();

  // Raise the MQL fit threshold in the form, and try it on every lead.
  const editor = page.getByRole('region', { name: 'Edit the model' });
  const mqlFit = editor.getByRole('textbox', { name: 'MQL: fit at least' });
  await mqlFit.fill('101');
  await expect(mqlFit).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByRole('button', { name: 'Save as a new version' })).toBeDisabled();
  await part(editor.locator('fieldset').filter({ hasText: 'Thresholds' }).last(), 'model-editor-threshold-error');
  await mqlFit.fill('60');
  await expect(editor.getByText('The model is valid.')).toBeVisible();
  await editor.getByRole('button', { name: 'Try it on all leads' }).click();
  const summary = editor.getByText(/^\d+ of 500 leads change stage\.$/);
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const changed = Number((await summary.textContent())?.split(' ')[0]);
  expect(changed).toBeGreaterThan(0);
  await expect(editor.getByText(`MQL → Lead: ${changed} lead(s)`)).toBeVisible();
  await expect(editor.getByRole('table', { name: 'Leads that change stage' }).getByRole('row')).toHaveCount(
    Math.min(changed, 50) + 1,
  );
  await shot(page, 'model-editor-what-if');
  const { violations } = await new AxeBuilder({ page }).include('.model-editor').setLegacyMode(true).analyze();
  expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  await part(editor.getByRole('region', { name: /^What if/ }), 'model-editor-what-if-panel');
  await part(editor.locator('fieldset').filter({ hasText: 'Thresholds' }).last(), 'model-editor-thresholds');
  await editor.getByText('Senior title').click();
  await part(editor.locator('fieldset').filter({ hasText: 'Fit rules' }).first(), 'model-editor-fit-rules');

  // Save it as a new version and activate it: the versions, the diff and the stored stages follow.
  await editor.getByRole('textbox', { name: 'Note for this version' }).fill('MQL needs fit 60');
  await editor.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(editor.getByText('Saved as version 3 and activated; leads are being rescored.')).toBeVisible();
  await expect(page.getByText('Active model: LeadLens default, version 3')).toBeVisible();
  const versions = page.getByRole('region', { name: 'Versions', exact: true });
  await expect(versions.getByRole('listitem').filter({ hasText: 'version 3' })).toContainText('active');
  await expect(versions.getByRole('listitem').filter({ hasText: 'version 3' })).toContainText('MQL needs fit 60');
  const diff = page.getByRole('region', { name: 'Compare versions' });
  await expect(diff.getByRole('listitem')).toHaveText(['Model version: 2 → 3', 'MQL fit threshold: 40 → 60']);
  await expect.poll(() => scoredWith(page), { timeout: 30_000 }).toEqual(['model-3']);
  const after = await stageCounts(page);
  // The what-if said exactly what the real rescore did.
  expect(after.stages.mql).toBe((before.stages.mql ?? 0) - changed);
  expect(after.stages.lead).toBe((before.stages.lead ?? 0) + changed);
  await shot(page, 'model-editor-saved-and-diff');
  await part(versions, 'model-editor-versions');
  await part(diff, 'model-editor-diff');

  // Roll back to version 2.
  await versions
    .getByRole('listitem')
    .filter({ hasText: 'version 2' })
    .getByRole('button', { name: 'Roll back to this version' })
    .click();
  await expect(page.getByText('Active model: LeadLens default, version 2')).toBeVisible();
  await expect.poll(() => scoredWith(page), { timeout: 30_000 }).toEqual(['model-2']);
  expect((await stageCounts(page)).stages.mql).toBe(before.stages.mql);

  expect(blockedRequests.filter((r) => r.fromExtension)).toEqual([]);
});
