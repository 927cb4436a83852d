// Every page in every language, on a 320-pixel screen: the public pages, every question of the request
// journey (and a mistake on one), sending it, registering, the account and diary pages of a signed-in person,
// and the triage console of a member of staff. Each page has the right `lang` and `dir`, the exit control, nothing
// wider than the screen, and no axe violations. Numbers typed in the language's own digits are understood,
// and dates are shown in them.
//
// The answers are given once in English (the request tests check the wording of each question); the pages
// are then drawn again in the language under test. The markup is the same with and without JavaScript, and
// the main pages are checked without it in languages.spec.ts, so this runs in the JavaScript project.
import { expect, expectNoAxeViolations, jsEnabled, standInForExitSite, test } from './support';
import { enrolStaff } from './people';
import { Authenticator, base32Decode, now } from './totp';
import { anotherPerson, answer, send } from './journey';
import { LANGUAGES } from './languages';
import type { Page } from '@playwright/test';

const PUBLIC = [
  '/',
  '/guides',
  '/guides/check-in',
  '/bsl',
  '/services',
  '/request',
  '/staying-safe-online',
  '/privacy',
  '/accessibility',
  '/cookies',
  '/sign-in',
  '/sign-in/help',
  '/password-reset',
  '/register/under-16',
];

const REQUEST_STEPS = ['safe', 'who', 'age', 'what', 'when', 'police', 'needs', 'language', 'contact', 'safe-contact', 'you', 'about', 'check'];

const SIGNED_IN = [
  '/account',
  '/account/password',
  '/account/authenticator',
  '/account/recovery-codes',
  '/account/delete',
  '/guides/check-in/history',
  '/diary',
  '/diary/timeline',
  '/diary/progress',
  '/diary/print',
  '/diary/delete',
];

const STAFF = ['/staff/referrals', '/staff/audit', '/staff/returns', '/account'];

test.use({ viewport: { width: 320, height: 800 } });

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'the same markup is checked without JavaScript in languages.spec.ts');
  await standInForExitSite(page);
});

async function speak(page: Page, code: string) {
  const url = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1');
  await page.context().addCookies([{ name: 'waymark_lang', value: code, domain: url.hostname, path: '/' }]);
}

/** Checks the page shown (after going to `path`, if given) in language `code`. */
async function check(page: Page, code: string, dir: string, path?: string) {
  if (path) await page.goto(path);
  const where = path ?? page.url();
  await expect(page.locator('html'), where).toHaveAttribute('lang', code);
  await expect(page.locator('html'), where).toHaveAttribute('dir', dir);
  await expect(page.locator('.wm-exit-this-page'), where).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} is wider than a 320-pixel screen`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

/** The main form's button (the pages are in a language the test does not read). */
const submit = (page: Page) => page.locator('main form button[type="submit"]').first().click();

const inDigits = (digits: string, n: number | string) => String(n).replace(/[0-9]/g, (d) => digits[Number(d)]);

const PASSWORD = 'orange tugboat whistles loudly';

/**
 * Registers in the language under test, checking each page; the authenticator code is typed in its digits.
 * Returns the sign-in name and the authenticator.
 */
async function register(page: Page, code: string, dir: string, digits: string) {
  const name = `reader ${code} ${Date.now()}`;
  await check(page, code, dir, '/register/who');
  await page.locator('input[name="audience"][value="self"]').check();
  await submit(page);
  await check(page, code, dir);
  await page.locator('input[name="adult"][value="yes"]').check();
  await submit(page);
  await check(page, code, dir);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await submit(page);
  await expect(page).toHaveURL(/\/register\/authenticator$/);
  await check(page, code, dir);
  const key = (await page.getByTestId('totp-key').textContent()) ?? '';
  const app = new Authenticator(base32Decode(key), Math.floor(now() / 30) - 1);
  await page.locator('input[name="code"]').fill(inDigits(digits, await app.nextCode()));
  await submit(page);
  await expect(page).toHaveURL(/\/register\/recovery-codes$/);
  await check(page, code, dir);
  await submit(page);
  await expect(page).toHaveURL(/\/account$/);
  return { name, app };
}

for (const [code, , dir, digits] of LANGUAGES) {
  test(`every page in ${code}`, async ({ page, browser }, testInfo) => {
    test.setTimeout(300_000);
    await speak(page, code);
    for (const path of PUBLIC) await check(page, code, dir, path);
    await page.goto('/guides');
    await page.locator('.wm-guide-list h2 a').first().click();
    await check(page, code, dir);
    await page.locator('a[rel="next"]').click();
    await check(page, code, dir);

    // The request journey, answered in English, then every question drawn in this language.
    await speak(page, 'en');
    await page.goto('/request/safe');
    await answer(page, { forSomeone: true, age: '25 to 44', what: ['Domestic abuse'], name: 'Robin' });
    await speak(page, code);
    for (const step of REQUEST_STEPS) await check(page, code, dir, `/request/${step}`);
    // A mistake, explained in this language next to the field; a phone number in the language's digits is fine.
    await page.goto('/request/contact');
    await page.locator('input[name="phone"]').fill(inDigits(digits, '0770090'));
    await submit(page);
    await expect(page.locator('#phone-error')).toBeVisible();
    await check(page, code, dir);
    await page.locator('input[name="phone"]').fill(inDigits(digits, '07700 900123'));
    await submit(page);
    await expect(page).toHaveURL(/\/request\/check$/);
    await page.locator('input[name="consent"]').check();
    await submit(page);
    await expect(page).toHaveURL(/\/request\/done$/);
    await check(page, code, dir);
    const reference = ((await page.locator('.wm-panel__body').textContent()) ?? '').match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
    expect(reference).toBeTruthy();
    // The first question's "no" answer leads to the urgent help page.
    await page.goto('/request/safe');
    await page.locator('input[name="safe_now"][value="no"]').check();
    await submit(page);
    await expect(page).toHaveURL(/\/request\/urgent$/);
    await check(page, code, dir);

    // Registering, then the account and diary, with an entry whose date is typed in the language's digits.
    const person = await register(page, code, dir, digits);
    const today = new Date();
    await page.goto('/diary/new');
    await submit(page);
    await expect(page.locator('#feeling-error')).toBeVisible();
    await check(page, code, dir);
    await page.locator('input[name="date_day"]').fill(inDigits(digits, today.getUTCDate()));
    await page.locator('input[name="date_month"]').fill(inDigits(digits, today.getUTCMonth() + 1));
    await page.locator('input[name="date_year"]').fill(inDigits(digits, today.getUTCFullYear()));
    await page.locator('input[name="feeling"][value="6"]').check();
    await page.locator('textarea[name="text"]').fill('A quieter day.');
    await page.locator('input[name="own_tags"]').fill('music، walking');
    await submit(page);
    await expect(page).toHaveURL(/\/diary$/);
    await expect(page.locator('main')).toContainText(inDigits(digits, today.getUTCFullYear()));
    // Tags separated by an Arabic comma are two tags.
    await expect(page.locator('main')).toContainText('walking');
    await expect(page.locator('main')).not.toContainText('music،');
    for (const path of SIGNED_IN) await check(page, code, dir, path);
    await page.goto('/diary');
    const entry = await page.locator('main a[href$="/edit"]').first().getAttribute('href');
    expect(entry).toBeTruthy();
    await check(page, code, dir, entry!);
    await check(page, code, dir, entry!.replace(/\/edit$/, '/delete'));
    await page.goto('/account');
    await page.locator('form[action="/sign-out"] button').first().click();
    await expect(page).toHaveURL(/\/sign-out$/);
    await check(page, code, dir);
    // Signing in again (signing out cleared the site's cookies, the language choice too).
    await speak(page, code);
    await page.goto('/sign-in');
    await page.locator('input[name="name"]').fill(person.name);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await submit(page);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await check(page, code, dir);
    await page.locator('input[name="code"]').fill(inDigits(digits, await person.app.nextCode()));
    await submit(page);
    await expect(page).toHaveURL(/\/account$/);

    // The triage console, for a member of staff of the service the request went to.
    const staff = await anotherPerson(browser, testInfo);
    await staff.setViewportSize({ width: 320, height: 800 });
    await enrolStaff(staff, `Dana ${code} ${Date.now()}`, 'harbour', true);
    await speak(staff, code);
    for (const path of STAFF) await check(staff, code, dir, path);
    await check(staff, code, dir, `/staff/referrals/${reference}`);
    // Opening the request (a post) shows it.
    await staff.locator(`form[action="/staff/referrals/${reference}/open"] button`).click();
    await check(staff, code, dir);
    await staff.context().close();
  });
}
