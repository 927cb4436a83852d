// Shared helpers: accessibility checks with axe-core, and a stand-in for the neutral exit site so the tests
// never leave this machine.
import { test as base, expect, type Page, type Response, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The last document each page navigated to, so that pages seen without JavaScript can still be audited. */
const lastDocument = new WeakMap<Page, Response>();

/** Records the documents `page` receives, so that it can be audited without JavaScript. */
export function trackDocuments(page: Page) {
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
      lastDocument.set(page, response);
    }
  });
}

/** Playwright's `test`, with every page recording the documents it receives. */
export const test = base.extend({
  page: async ({ page }, use) => {
    trackDocuments(page);
    await use(page);
  },
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
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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
