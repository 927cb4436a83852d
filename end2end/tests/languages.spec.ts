// Every language on the main pages: chosen with the switcher (one disclosure of links, which works without JavaScript), with the right
// `lang` and `dir`, no accessibility violations, and nothing wider than a 320-pixel screen. Screenshots of the
// right-to-left languages at 320 and 1280 pixels are attached to the report.
import { expect, expectNoAxeViolations, jsEnabled, standInForExitSite, test } from './support';
import { chooseLanguage, LANGUAGES } from './languages';
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
      await chooseLanguage(page, name);
      await expect(page).toHaveURL(new RegExp(`/cookies\\?lang=${code}$`));
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
  await chooseLanguage(page, 'Polski');
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
  // The switcher links to the same alternate addresses, so the choice replaces the address's language.
  await chooseLanguage(page, 'Polski');
  await expect(page).toHaveURL(/\/privacy\?lang=pl$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.goto('/cookies');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('arriving through a ?lang=ar link keeps Arabic on the following pages', async ({ page, context }) => {
  await page.goto('/privacy?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The next page, reached by a link without the parameter, is still in Arabic.
  await page.locator('footer a[href="/cookies"]').click();
  await expect(page).toHaveURL(/\/cookies$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // It is the language cookie the cookie page lists, holding only the language code.
  const cookie = (await context.cookies()).find((c) => c.name === 'waymark_lang');
  expect(cookie?.value).toBe('ar');
  await expect(page.getByRole('cell', { name: 'waymark_lang' })).toBeVisible();
  await page.goto('/guides');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

/** The left edges of `parts` in the first text on the page that holds them all. */
async function positionsOf(page: Page, parts: string[]): Promise<number[]> {
  return page.evaluate((parts) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!parts.every((p) => text.includes(p))) continue;
      return parts.map((p) => {
        const range = document.createRange();
        const start = text.indexOf(p);
        range.setStart(node!, start);
        range.setEnd(node!, start + p.length);
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`no text holds ${parts.join(' and ')}`);
  }, parts);
}

test('phone numbers and helpline names in an Arabic page read left to right', async ({ page }) => {
  await page.goto('/privacy?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // "0303 123 1113": the first group is left of the last, as it is written (not "1113 123 0303").
  const [first, middle, last] = await positionsOf(page, ['0303', '123', '1113']);
  expect(first).toBeLessThan(middle);
  expect(middle).toBeLessThan(last);
  // "999 BSL", a helpline name with digits, is not turned into "BSL 999".
  await page.goto('/bsl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const [digits, letters] = await positionsOf(page, ['999', 'BSL']);
  expect(digits).toBeLessThan(letters);
  // A phone number in the service directory is a link laid out left to right.
  await page.goto('/services');
  const phone = page.locator('a[href^="tel:"]').first();
  await expect(phone).toHaveAttribute('dir', 'ltr');
  expect(await phone.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');
  const [start, end] = await positionsOf(page, (await phone.textContent())!.trim().split(' ').filter((p, i, all) => i === 0 || i === all.length - 1));
  expect(start).toBeLessThan(end);
});

test('an English guide shown in an Arabic page is marked English and laid out left to right', async ({ page }) => {
  await page.goto('/guides?lang=ar');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const title = page.getByRole('heading', { level: 1, name: 'Sleeping after crime' });
  await expect(title).toHaveAttribute('lang', 'en');
  await expect(title).toHaveAttribute('dir', 'ltr');
  const prose = page.locator('.wm-prose').first();
  await expect(prose).toHaveAttribute('lang', 'en');
  expect(await prose.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
});
