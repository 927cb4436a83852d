// Every language on the main pages: chosen with the switcher (which works without JavaScript), with the right
// `lang` and `dir`, no accessibility violations, and nothing wider than a 320-pixel screen. Screenshots of the
// right-to-left languages at 320 and 1280 pixels are attached to the report.
import { expect, expectNoAxeViolations, jsEnabled, standInForExitSite, test } from './support';
import { LANGUAGES } from './languages';
import type { Page } from '@playwright/test';

const PAGES = ['/', '/guides', '/services', '/request', '/request/safe', '/sign-in', '/register/who', '/privacy'];

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const [code, name, dir] of LANGUAGES) {
  test(`${name} (${code}): pages are ${dir}, accessible and fit a small screen`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/cookies');
    if (code !== 'en') {
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page).toHaveURL(/\/cookies$/);
    }
    // Without JavaScript the audit is slower; the home page and the first question stand for the rest there.
    const pages = jsEnabled(testInfo) ? PAGES : ['/', '/request/safe'];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('.wm-exit-this-page')).toBeVisible();
      await expectNoAxeViolations(page);
    }
    if (!jsEnabled(testInfo)) return;
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/', '/request/safe', '/services']) {
        await page.goto(path);
        expect(await overflow(page), `${path} at ${width}px is wider than the screen`).toBeLessThanOrEqual(0);
      }
      if (dir === 'rtl') {
        await page.goto('/');
        await testInfo.attach(`${code}-${width}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      }
    }
  });
}

test('a translated guide says it is a draft, and an untranslated one is shown in English with a notice', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('button', { name: 'Polski', exact: true }).click();
  await page.getByRole('link', { name: 'Jak radzić sobie z trudnymi uczuciami' }).click();
  await expect(page.getByText('To tłumaczenie nie zostało jeszcze sprawdzone')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.getByText('Ten poradnik nie jest jeszcze dostępny po polsku')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleeping after crime' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every page names its language alternates, and an alternate address opens in that language', async ({ page }) => {
  await page.goto('/privacy?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
    links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
  );
  expect(alternates).toEqual([
    ...LANGUAGES.map(([code]) => `${code} /privacy?lang=${code}`),
    'x-default /privacy',
  ]);
  // Choosing a language in the switcher is not overridden by the address.
  await page.getByRole('button', { name: 'Polski', exact: true }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});
