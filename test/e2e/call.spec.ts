import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, root, serveAt, shot, test } from './extension.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'linkedin');
const PROFILE = 'https://www.linkedin.com/in/joelle-van-den-broek/';

async function expectAccessible(page: Page, view: string) {
  // Legacy mode runs axe inside the page: the default opens a page of its own, which the panel
  // would follow as the active tab.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  expect(violations.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

test('a whole call by keyboard: BANT answered, panel closed mid-answer and reopened, the lead becomes SQL', async ({
  context,
  extensionId,
}) => {
  await serveAt(context, PROFILE, path.join(fixtures, 'public-profile_guest_nl.html'));
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  let panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(panelUrl);
  await expectAccessible(panel, 'empty');
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  await linkedin.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Joëlle van den Broek' })).toBeVisible();
  await expectAccessible(panel, 'lead');
  await shot(panel, 'call-0-lead-light');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await shot(panel, 'call-0-lead-dark');
  await panel.emulateMedia({ colorScheme: 'light' });

  // The rep works in the panel (here a tab of its own, which keeps showing the lead).
  await panel.bringToFront();
  // One key starts the call.
  await panel.keyboard.press('c');
  await expect(panel.getByRole('timer', { name: 'Call time' })).toBeVisible();
  await expectAccessible(panel, 'call');
  await panel.bringToFront();
  await expect(panel.getByRole('region', { name: 'Call in progress' })).toBeVisible();

  const item = (name: RegExp) => panel.getByRole('group', { name });
  // The item a letter jumps to (read from the DOM: a background tab reports no :focus).
  const focusedItem = () => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.item);
  await panel.keyboard.press('b');
  await expect.poll(focusedItem).toBe('budget');
  await panel.keyboard.press('1');
  await panel.keyboard.press('Enter');
  await panel.keyboard.type('50k EUR approved for Q1');
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('a');
  await panel.keyboard.press('2');
  await expect(item(/Authority/).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await panel.keyboard.press('n');
  await panel.keyboard.press('1');
  await panel.keyboard.press('Enter');
  await panel.keyboard.type('Their renewals run on spreadsheets');
  await expect(item(/Budget/).getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await shot(panel, 'call-1-answering');

  // Close the panel mid-answer (typed text is saved within a second), then open it again.
  await panel.waitForTimeout(1000);
  await panel.close();
  panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(panelUrl);
  await linkedin.bringToFront();
  await expect(panel.getByRole('timer', { name: 'Call time' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: /Answer for Need/ })).toHaveValue(
    'Their renewals run on spreadsheets',
  );
  await expect(panel.getByRole('textbox', { name: /Answer for Budget/ })).toHaveValue('50k EUR approved for Q1');
  await expect(panel.getByRole('status', { name: /^Stage: (Lead|MQL)/ })).toBeVisible();
  await panel.bringToFront();

  // Timeline met: 3 of 4 with Need, so the lead is SQL and the history says why.
  await panel.getByRole('group', { name: /Timeline/ }).focus();
  await panel.keyboard.press('1');
  await expect(panel.getByRole('status', { name: 'Stage: SQL' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Stage history' })).toContainText(/SQL · qualification · BANT met/);
  await shot(panel, 'call-2-sql-light');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await shot(panel, 'call-2-sql-dark');
  await panel.emulateMedia({ colorScheme: 'light' });

  await panel.getByRole('button', { name: 'End call and log it' }).click();
  await expect(panel.getByRole('timer')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Start call (C)' })).toBeVisible();
  await expectAccessible(panel, 'after call');
  await shot(panel, 'call-3-ended');
});
