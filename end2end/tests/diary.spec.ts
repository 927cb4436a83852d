// The diary in Chromium, with and without JavaScript: write, see it listed, edit, see the chart, export,
// print, delete an entry and the whole diary, with axe on every diary page.
import { expect, expectNoAxeViolations, standInForExitSite, test } from './support';
import { registerQuickly } from './people';
import type { Page } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

async function writeEntry(page: Page, day: string, feeling: string, text: string, helped: string[]) {
  await page.getByRole('button', { name: 'Write an entry' }).click();
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill('11');
  await page.getByLabel('Year').fill('2026');
  await page.getByRole('group', { name: 'How are you feeling?' }).getByLabel(feeling, { exact: true }).check();
  await page.getByLabel('What would you like to write?').fill(text);
  for (const h of helped) await page.getByLabel(h, { exact: true }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Your entry has been saved.')).toBeVisible();
}

test('keep a diary: write, edit, chart, export, print and delete', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await registerQuickly(page, `diarist ${testInfo.project.name} ${Date.now()}`);
  await page.getByRole('banner').getByRole('link', { name: 'Your diary' }).click();
  await expect(page.getByRole('heading', { name: 'Your diary', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // A mistake is explained next to the field and nothing typed is lost.
  await page.getByRole('button', { name: 'Write an entry' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('What would you like to write?').fill('words worth keeping');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.locator('#date-error')).toContainText('real date');
  await expect(page.locator('#feeling-error')).toContainText('Choose a number from 1 to 10');
  await expect(page.getByLabel('What would you like to write?')).toHaveValue('words worth keeping');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back', exact: true }).click();

  await writeEntry(page, '20', '4', 'A hard day. Could not sleep.', ['Talking to someone']);
  await writeEntry(page, '21', '7', 'Better after a walk by the river.', ['Exercise or a walk', 'Time outdoors']);
  await expectNoAxeViolations(page);
  const entries = page.locator('article.wm-diary-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Better after a walk');

  // Edit the older entry.
  await entries.nth(1).getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('What would you like to write?')).toHaveValue('A hard day. Could not sleep.');
  await expectNoAxeViolations(page);
  await page.getByLabel('What would you like to write?').fill('A hard day, but I called a friend.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Your entry has been updated.')).toBeVisible();
  await expect(page.getByText('A hard day, but I called a friend.')).toBeVisible();

  // Progress: a chart with a table alternative, and what helped.
  await page.getByRole('link', { name: 'Your progress' }).click();
  await expect(page.getByRole('img', { name: /How you have been feeling/ })).toBeVisible();
  await expect(page.getByRole('main').locator('svg circle')).toHaveCount(2);
  await expect(page.getByRole('table')).toContainText('21 November 2026');
  await expectNoAxeViolations(page);

  await page.goto('/diary/timeline');
  await expect(page.getByRole('heading', { name: 'November 2026' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/diary/print');
  await expect(page.getByText('Better after a walk by the river.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Export: every entry, as JSON.
  const exported = await page.request.get('/diary/export');
  const json = await exported.json();
  expect(json.entries.map((e: { text: string }) => e.text)).toEqual([
    'A hard day, but I called a friend.',
    'Better after a walk by the river.',
  ]);

  // Delete one entry, then the whole diary.
  await page.goto('/diary');
  await entries.first().getByRole('link', { name: 'Delete' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(page.getByText('The entry has been deleted.')).toBeVisible();
  await expect(entries).toHaveCount(1);
  await page.getByRole('link', { name: 'Delete your whole diary' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete my diary' }).click();
  await expect(page.locator('#confirm-error')).toBeVisible();
  await page.getByLabel('I understand that my diary will be deleted').check();
  await page.getByRole('button', { name: 'Delete my diary' }).click();
  await expect(page.getByRole('heading', { name: 'Your diary has been deleted' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/diary');
  await expect(entries).toHaveCount(0);
});
