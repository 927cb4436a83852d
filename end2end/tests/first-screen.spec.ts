// The first screen on a phone (390 × 844): each page's own heading is visible without scrolling, below the
// sticky exit control, and the language choice is one control from which every language is one tap away, with
// and without JavaScript.
import { expect, standInForExitSite, test } from './support';
import { chooseLanguage, LANGUAGES } from './languages';
import type { Page } from '@playwright/test';

const SCREEN = { width: 390, height: 844 };

test.use({ viewport: SCREEN });

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

/** Fails unless the page's first-level heading lies wholly on the first screen, not under the exit control. */
async function expectHeadingOnFirstScreen(page: Page, where: string) {
  await expect(page.locator('h1')).toHaveCount(1);
  const heading = (await page.locator('h1').boundingBox())!;
  const exit = (await page.locator('.wm-exit-this-page').boundingBox())!;
  expect(heading.y, `${where}: the heading starts below the exit control`).toBeGreaterThanOrEqual(exit.y + exit.height);
  expect(heading.y + heading.height, `${where}: the heading ends on the first screen`).toBeLessThanOrEqual(SCREEN.height);
  expect(heading.x + heading.width, `${where}: the heading fits the width`).toBeLessThanOrEqual(SCREEN.width);
}

/** The first guide's first page, reached as a reader reaches it. */
async function openGuide(page: Page) {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleeping after crime' })).toBeVisible();
}

for (const [code, , dir] of [LANGUAGES[0], LANGUAGES[4], LANGUAGES[7]]) {
  test(`the heading of every main page is on a phone's first screen (${code}, ${dir})`, async ({ page }) => {
    await page.goto(`/cookies?lang=${code}`);
    for (const path of ['/', '/request', '/request/safe', '/services', '/guides', '/sign-in', '/privacy']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expectHeadingOnFirstScreen(page, path);
    }
    await page.goto('/guides?lang=en');
    await openGuide(page);
    await expectHeadingOnFirstScreen(page, 'a guide');
  });
}

test('the header leaves most of the first screen to the page', async ({ page }) => {
  await page.goto('/');
  const header = (await page.locator('header').boundingBox())!;
  expect(header.y + header.height, 'exit control and header together').toBeLessThanOrEqual(230);
});

test('every language is one tap from the first screen, and each is a real link to this page', async ({ page }) => {
  await page.goto('/services');
  const control = page.locator('.wm-language');
  const summary = control.locator('summary');
  // One control, on the first screen, naming the page's language.
  await expect(summary).toBeInViewport({ ratio: 1 });
  await expect(summary).toContainText('English');
  await summary.click();
  // Open, it shows every other language as a link in that language, all on the same screen.
  for (const [code, name, dir] of LANGUAGES) {
    if (code === 'en') {
      await expect(control.getByText(name, { exact: true }).last()).toHaveAttribute('aria-current', 'true');
      continue;
    }
    const link = control.getByRole('link', { name, exact: true });
    await expect(link).toBeInViewport({ ratio: 1 });
    await expect(link).toHaveAttribute('href', `/services?lang=${code}`);
    await expect(link).toHaveAttribute('hreflang', code);
    await expect(link).toHaveAttribute('lang', code);
    await expect(link).toHaveAttribute('dir', dir);
  }
  // The next tap shows the page in that language, and the choice stays for the pages after it.
  await control.getByRole('link', { name: 'Cymraeg', exact: true }).click();
  await expect(page).toHaveURL(/\/services\?lang=cy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await page.getByRole('link', { name: 'Canllawiau' }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('.wm-language summary')).toContainText('Cymraeg');
  // And back again from a right-to-left page.
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the exit control stays in reach while the language list is open and after scrolling', async ({ page }) => {
  await page.goto('/privacy');
  await page.locator('.wm-language summary').click();
  await expect(page.getByRole('button', { name: 'Exit this page' })).toBeInViewport({ ratio: 1 });
  await page.locator('footer').scrollIntoViewIfNeeded();
  await expect(page.locator('header')).not.toBeInViewport();
  await expect(page.getByRole('button', { name: 'Exit this page' })).toBeInViewport({ ratio: 1 });
});
