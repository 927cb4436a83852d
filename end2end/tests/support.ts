// Shared helpers: accessibility checks with axe-core, the HTML check of every page a test visits, and a
// stand-in for the neutral exit site so the tests never leave this machine.
import { test as base, expect, type Page, type Response, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { htmlErrors } from '../validator';

export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The last document each page navigated to, so that pages seen without JavaScript can still be audited. */
const lastDocument = new WeakMap<Page, Response>();

/** The HTML checks of the documents the current test received, each resolving to its errors. */
let htmlChecks: Promise<string[]>[] = [];

/**
 * Records the documents `page` receives, so that it can be audited without JavaScript, and sends every page of
 * the portal to the HTML checker; the test fails at its end if any page was not valid HTML.
 */
export function trackDocuments(page: Page) {
  page.on('response', (response) => {
    if (!response.request().isNavigationRequest() || response.frame() !== page.mainFrame()) return;
    lastDocument.set(page, response);
    const portal = new URL(response.url()).origin === new URL(test.info().project.use.baseURL!).origin;
    const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
    const redirect = response.status() >= 300 && response.status() < 400;
    if (portal && html && !redirect) {
      htmlChecks.push(
        response.text().then(
          async (text) => (await htmlErrors(text)).map((e) => `${response.request().method()} ${response.url()}: ${e}`),
          // A document replaced before its body arrived (the exit control leaving at once) cannot be read.
          () => [],
        ),
      );
    }
  });
}

/** How many documents the current test has sent to the HTML checker so far. */
export function documentsChecked(): number {
  return htmlChecks.length;
}

/** Playwright's `test`, with every page recording the documents it receives and checking them as HTML. */
export const test = base.extend<{ validHtml: void }>({
  page: async ({ page }, use) => {
    trackDocuments(page);
    await use(page);
  },
  validHtml: [
    async ({}, use) => {
      htmlChecks = [];
      await use();
      const errors = (await Promise.all(htmlChecks)).flat();
      htmlChecks = [];
      expect(errors, 'every page is valid HTML (W3C Nu HTML checker)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Answers requests to the exit site locally with a blank stand-in page. */
export async function standInForExitSite(page: Page) {
  await page.context().route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Fails on any WCAG 2.2 A or AA violation (and best-practice rules) on the current page.
 *
 * axe-core runs inside the page, which is impossible when JavaScript is off. For those pages the document as
 * the browser received it is audited in a second, JavaScript-enabled page at the same address, with the
 * portal's scripts blocked so that nothing hydrates: the same markup and styles, audited as rendered.
 */
export async function expectNoAxeViolations(page: Page) {
  const url = page.url();
  let target = page;
  let cleanup = async () => {};
  if (!jsEnabled(test.info())) {
    const html = (await lastDocument.get(page)?.text()) ?? '';
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    await context.route('**/pkg/*.{js,wasm}', (route) => route.abort());
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    target = await context.newPage();
    await target.goto(url);
    cleanup = () => context.close();
  }
  const results = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
  await cleanup();
  // Each failing element with axe's reason (for contrast, the colours it found), so a failure explains itself.
  const why = (n: { any: { message: string }[]; all: { message: string }[]; none: { message: string }[] }) =>
    [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ');
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${why(n)}`).join(', ')})`,
  );
  expect(summary, `axe violations on ${url}`).toEqual([]);
}


export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/** Collects Content Security Policy violations and console errors reported by the page. */
export function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

/** On a phone the list's filters are folded away in a disclosure: opens it when it is closed. */
export async function showFilters(page: Page) {
  const summary = page.locator('.wm-filter-details__summary');
  if (await summary.isVisible()) {
    if ((await page.locator('.wm-filter-details').getAttribute('open')) === null) await summary.click();
  }
}
