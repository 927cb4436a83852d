// The frame around every page: language, exit control, accessibility, valid HTML and the Content Security Policy.
import {
  documentsChecked,
  EXIT_URL,
  expect,
  expectNoAxeViolations,
  jsEnabled,
  standInForExitSite,
  test,
  trackDocuments,
  watchForProblems,
} from './support';
import { htmlErrors } from '../validator';
import { chooseLanguage } from './languages';

const PAGES = ['/', '/staying-safe-online', '/privacy', '/accessibility', '/cookies', '/no-such-page'];

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

test('home page renders in English, left to right, with a neutral title', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveTitle('Home – Waymark');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
});

for (const path of PAGES) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('no accessibility violations in Welsh', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, 'Cymraeg');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expectNoAxeViolations(page);
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/privacy');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});

test('switching language keeps the reader on the same page and is remembered', async ({ page }) => {
  await page.goto('/cookies');
  await chooseLanguage(page, 'Cymraeg');
  await expect(page).toHaveURL(/\/cookies\?lang=cy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'Gadael y dudalen hon' })).toBeVisible();

  await page.goto('/privacy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  await chooseLanguage(page, 'English');
  await expect(page).toHaveURL(/\/privacy\?lang=en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the browser language is used until the reader chooses', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    locale: 'cy-GB',
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: jsEnabled(testInfo),
  });
  const page = await context.newPage();
  trackDocuments(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle('Hafan – Waymark');
  await context.close();
});

test('the exit control leaves for a neutral site', async ({ page }, testInfo) => {
  await page.goto('about:blank');
  await page.goto('/staying-safe-online');
  const beacon = jsEnabled(testInfo) ? page.waitForRequest((r) => r.url().endsWith('/exit') && r.method() === 'POST') : null;
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(EXIT_URL);
  if (beacon) {
    await beacon;
    // The portal page was replaced in the history, so Back does not return to it.
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  }
});

test('on a phone the exit control stays on screen after scrolling to the end of a guide', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: jsEnabled(testInfo),
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  trackDocuments(page);
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Coping with difficult feelings' }).click();
  await expect(page).toHaveURL(/\/guides\/\w+/);
  const exit = page.getByRole('button', { name: 'Exit this page' });
  await expect(exit).toBeInViewport();
  const pageHeight = await page.locator('body').evaluate((body) => body.scrollHeight);
  expect(pageHeight, 'the guide is longer than the screen').toBeGreaterThan(1500);
  // Scrolled to the end, as a reader does with a thumb.
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  await expect(page.getByRole('contentinfo')).toBeInViewport();
  const box = await exit.boundingBox();
  expect(box, 'the exit control is drawn').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  await expect(exit).toBeInViewport({ ratio: 1 });
  // A phone has no Shift key, so the shortcut is not offered.
  await expect(page.getByText('Or press Shift 3 times')).toBeHidden();
  await context.close();
});

test('the HTML checker runs and catches what Leptos used to write', async ({ page }) => {
  const errors = await htmlErrors(
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>a<!>b</p></body></html><script>1</script>',
  );
  expect(errors.join('\n')).toContain('Bogus comment');
  expect(errors.join('\n')).toContain('Stray start tag');
  // The portal's own pages are checked by the shared fixture on every visit; this one is checked directly too.
  const before = documentsChecked();
  const response = await page.goto('/guides');
  expect(documentsChecked()).toBe(before + 1);
  expect(await htmlErrors(await response!.text())).toEqual([]);
});

test('pressing Shift three times leaves at once (with JavaScript)', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'the shortcut needs JavaScript');
  const problems = watchForProblems(page);
  await page.goto('about:blank');
  await page.goto('/privacy');
  // The hint appears only once the exit control's script has run.
  await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
  const beacon = page.waitForRequest((r) => r.url().endsWith('/exit') && r.method() === 'POST');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/privacy$/);
  await page.keyboard.press('Shift');
  await beacon;
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
  expect(problems).toEqual([]);
});

test('typing other keys between presses of Shift does not leave', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'the shortcut needs JavaScript');
  await page.goto('/');
  await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.keyboard.press('b');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/$/);
});

test('without JavaScript the Shift hint is not offered', async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'only meaningful without JavaScript');
  await page.goto('/');
  await expect(page.getByText('Or press Shift 3 times')).toBeHidden();
});

test('pages load WebAssembly only when an island is first used, and its first press works, without Content Security Policy violations', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'nothing runs without JavaScript');
  const problems = watchForProblems(page);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const bundle: string[] = [];
  page.on('request', (r) => {
    if (/\/pkg\/.*\.(wasm|js)$/.test(r.url())) bundle.push(r.url());
  });
  // The home page has no island: its exit control runs on its inline script alone.
  await page.goto('/');
  await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(bundle).toEqual([]);
  // A guide step with the breathing exercise (an island) shows it, and fetches nothing more until it is used.
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.getByText(/Step 1 of \d+/)).toBeVisible();
  await page.goto(`${page.url()}/3`);
  const breathing = page.locator('.wm-breathing');
  const start = breathing.getByRole('button', { name: 'Start' });
  await expect(start).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(bundle, 'nothing loaded before the island is used').toEqual([]);
  // The first press loads the bundle and is not lost: the exercise starts.
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await start.click();
  expect((await wasm).status()).toBe(200);
  await expect(breathing.locator('.wm-breathing__cue')).toHaveText('Breathe in');
  await expect(breathing.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-pressed', 'true');
  expect(bundle.filter((u) => u.endsWith('.wasm'))).toHaveLength(1);
  await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('when the bundle cannot load, a press on an island does what it does without JavaScript', async ({ page, context }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'nothing runs without JavaScript');
  await context.route('**/pkg/*.{js,wasm}', (route) => route.abort());
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.getByText(/Step 1 of \d+/)).toBeVisible();
  await page.goto(`${page.url()}/3`);
  const breathing = page.locator('.wm-breathing');
  await breathing.getByRole('button', { name: 'Start' }).click();
  // The animation cannot run, so it is hidden again; the written steps stay.
  await expect(breathing).toBeHidden();
  await expect(page.getByText('Breathe in gently through your nose while you count to 4.')).toBeVisible();
});

test('pages are not stored by the browser cache and carry security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
});

test('a form posted from another website is refused', async ({ page, context, baseURL }) => {
  await context.route('http://attacker.test/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Prize</title><form method="post" action="${baseURL}/language">
        <input type="hidden" name="lang" value="cy"><input type="hidden" name="return_to" value="/">
        <button>Claim</button></form></html>`,
    }),
  );
  await page.goto('http://attacker.test/');
  await page.getByRole('button', { name: 'Claim' }).click();
  await expect(page.getByRole('heading', { name: 'Your form was not sent' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'waymark_lang')).toBeUndefined();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
