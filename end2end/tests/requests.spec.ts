// Asking a service to get in touch, and the services' triage console, in Chromium with and without
// JavaScript: the directory, an anonymous request reaching the right queue, staff moving it through its
// states with safe-contact first, staff of another service seeing nothing, a signed-in referrer following
// the status, a supporter's request, mistakes keeping what was typed, and axe on every page.
import { expect, expectNoAxeViolations, showFilters, standInForExitSite, test } from './support';
import { enrolStaff, registerQuickly } from './people';
import { anotherPerson, answer, group, next, send } from './journey';

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

test('the directory filters by what happened and searches without showing it in the address', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Services' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Services that can help' })).toBeVisible();
  await expectNoAxeViolations(page);
  const filters = page.getByRole('navigation', { name: 'Filter the services' });
  await showFilters(page);
  await filters.getByRole('link', { name: 'Fraud, scams or online crime' }).click();
  await expect(page).toHaveURL(/\/services\?what=[a-z0-9]{5}$/);
  await expect(page.locator('.wm-service').filter({ hasText: 'Report Fraud' })).toHaveCount(1);
  await expect(page.locator('.wm-service').filter({ hasText: 'Brake' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel('Search the services').fill('road');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.locator('.wm-service').filter({ hasText: 'Brake' })).toHaveCount(1);
  // A crime type is found by the words people use for it.
  await page.getByLabel('Search the services').fill('burglary');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.wm-service').filter({ hasText: 'Victim Care and Advice Service' })).toHaveCount(1);
  await expect(page.locator('.wm-service').filter({ hasText: 'Brake' })).toHaveCount(0);
  // Nothing found: every service is one link away.
  await page.getByLabel('Search the services').fill('xylophone');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText('No services found. Try other words.');
  await page.getByRole('link', { name: 'Show all services' }).click();
  await expect(page.locator('.wm-service')).not.toHaveCount(0);
});

test('an anonymous request reaches the right queue and staff work it, safety first', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/services');
  await page.getByRole('link', { name: 'Ask a service to contact you' }).click();
  await expect(page).toHaveTitle(/^Get in touch/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { age: '25 to 44', what: ['Domestic abuse'], name: 'Robin', audit: true });
  await expect(page.getByText(/Your request will go to Harbour/)).toBeVisible();
  await expect(page.getByText('Do not leave a voicemail')).toBeVisible();
  await expectNoAxeViolations(page);

  // Changing an answer comes back to check your answers.
  await page.getByRole('link', { name: 'Change When' }).click();
  await page.getByLabel('It is still happening').check();
  await next(page);
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
  await expect(page.getByText('It is still happening')).toBeVisible();

  // Consent is needed.
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('#consent-error')).toContainText('Tick the box to agree');
  await expectNoAxeViolations(page);
  const reference = await send(page);
  await expect(page.getByText(/Harbour will contact you/)).toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing typed is in the address, and the title reveals nothing.
  expect(page.url()).toMatch(/\/request\/done$/);
  await expect(page).toHaveTitle(/^Sent/);

  // A caseworker of the domestic abuse service finds it in the queue.
  const staff = await anotherPerson(browser, testInfo);
  await enrolStaff(staff, `Dana ${testInfo.project.name}`, 'harbour');
  await staff.getByRole('link', { name: "Open your service's requests" }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Requests for support' })).toBeVisible();
  await expectNoAxeViolations(staff);
  // Opening is a button (a post that records the view); the request's own page then writes nothing.
  await staff.getByRole('button', { name: reference }).click();
  await expect(staff).toHaveURL(new RegExp(`/staff/referrals/${reference}$`));
  await expectNoAxeViolations(staff);
  // The still-happening request is marked urgent.
  await expect(staff.locator('.wm-tag--urgent')).toHaveText('Urgent');
  // The safe-contact instructions come first.
  const safety = staff.getByRole('region', { name: 'Before you make contact' });
  await expect(safety).toContainText('Do not leave a voicemail');
  await expect(safety).toContainText('Do not say who you are');
  await expect(safety).toContainText('Safe times: after 6pm');
  const safetyBox = await safety.boundingBox();
  const phoneBox = await staff.getByText('07700 900123').boundingBox();
  expect(safetyBox!.y).toBeLessThan(phoneBox!.y);

  // Each action lands back at the actions, with a notice there.
  await staff.getByRole('button', { name: 'Assign to me' }).click();
  await expect(staff).toHaveURL(/#actions$/);
  await expect(staff.locator('#actions').getByText('Saved.')).toBeVisible();
  await expect(staff.getByText('Assigned to you')).toBeVisible();
  await staff.getByRole('button', { name: 'Save status and note' }).click();
  await expect(staff.locator('#status-error')).toContainText('Choose a different status or write a note');
  await expectNoAxeViolations(staff);
  // A status and a note, one button: both are saved.
  await group(staff, 'Status').getByLabel('In contact').check();
  await staff.getByLabel('Add a note (optional)').fill('Spoke to Robin; next call Friday');
  await staff.getByRole('button', { name: 'Save status and note' }).click();
  await expect(staff).toHaveURL(/#actions$/);
  await expect(staff.locator('#actions').getByText('Saved.')).toBeVisible();
  await expect(staff.getByText('Status changed to In contact')).toBeVisible();
  await expect(staff.getByText('Spoke to Robin; next call Friday')).toBeVisible();
  // Views are one line, not one entry each.
  await expect(staff.getByText(/^Opened once, last by Dana/)).toBeVisible();
  await expectNoAxeViolations(staff);
  // A plain visit after an hour would ask to open it again; a reload now shows it, and records nothing.
  await staff.reload();
  await expect(staff.getByText(/^Opened once, last by Dana/)).toBeVisible();

  // Staff of another service cannot open it.
  const other = await anotherPerson(browser, testInfo);
  await enrolStaff(other, `Hana ${testInfo.project.name}`, 'victim-hub');
  const response = await other.goto(`/staff/referrals/${reference}`);
  expect(response?.status()).toBe(404);
  await other.goto('/staff/referrals');
  await expect(other.getByRole('button', { name: reference })).toHaveCount(0);
  await other.context().close();
  await staff.context().close();
});

test('a signed-in referrer follows the status, and a supporter refers someone with their agreement', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await registerQuickly(page, `referrer ${testInfo.project.name} ${Date.now()}`);
  await page.goto('/request');
  await expect(page.getByText('You are signed in, so we will fill in')).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { forSomeone: true, age: '18 to 24', what: ['Burglary, robbery or theft'], name: 'Kim' });
  await expect(page.getByText('the person I support has agreed too')).toBeVisible();
  await expect(page.getByText(/Your request will go to Victim Care and Advice Service/)).toBeVisible();
  await expectNoAxeViolations(page);
  const reference = await send(page);
  await expect(page.getByText('You can see what is happening with your request in your account.')).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Your account' }).click();
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Received.');
  await expectNoAxeViolations(page);

  const staff = await anotherPerson(browser, testInfo);
  await enrolStaff(staff, `Hal ${testInfo.project.name}`, 'victim-hub');
  // A link to the request (a bookmark, or one on another site) shows a button to open it, and nothing personal.
  await staff.goto(`/staff/referrals/${reference}`);
  await expect(staff.getByText('jo@example.org')).toHaveCount(0);
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'Open this request' }).click();
  await expect(staff.getByRole('region', { name: 'Before you make contact' })).toContainText('Contact the person first');
  await expect(staff.getByText('jo@example.org')).toBeVisible();
  // No needs were recorded, so closing asks only for the onward referral.
  await group(staff, 'Onward referral').getByLabel('None').check();
  await staff.getByRole('button', { name: 'Close request' }).click();
  await expect(staff.getByText('There is a problem')).toHaveCount(0);
  await staff.context().close();

  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('Closed');
});

test('someone not safe, or not sure, is offered help now and can still ask to be contacted', async ({ page }) => {
  await page.goto('/request/safe');
  await page.getByLabel('I am not sure').check();
  await next(page);
  await expect(page).toHaveURL(/\/request\/urgent$/);
  await expect(page.getByRole('heading', { level: 1, name: 'If you are in danger, get help now' })).toBeVisible();
  // 999, silently too; the national domestic abuse line; services to ring now; the local services.
  await expect(page.getByRole('main').getByText(/press 55/)).toBeVisible();
  // The national domestic abuse line once: its own line, not again as a card.
  await expect(page.getByRole('link', { name: '0808 2000 247' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: '0808 2000 247' })).toHaveAttribute('href', 'tel:08082000247');
  await expect(page.getByRole('heading', { name: 'Samaritans' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Victim Support Supportline' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the local services for domestic abuse' })).toHaveAttribute(
    'href',
    /^\/services\?what=[a-z0-9]{5}$/,
  );
  await expectNoAxeViolations(page);
  // No one has to say they are safe to go on.
  await expect(page.getByRole('button', { name: /I am safe/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Carry on and choose a safe way to be contacted' }).click();
  await expect(page.getByRole('heading', { name: 'Who are you asking for support for?' })).toBeVisible();
  // The local services link leads to the directory's domestic abuse services.
  await page.goto('/request/urgent');
  await page.getByRole('link', { name: 'See the local services for domestic abuse' }).click();
  await expect(page.locator('.wm-service').filter({ hasText: 'Harbour' })).toHaveCount(1);
});

test('urgent requests are marked and come first in the queue, which keeps words whole at 1280 pixels', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  // An urgent request (still happening) first, then a calm one: the older urgent one still comes first.
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { age: '25 to 44', what: ['Burglary, robbery or theft'], name: 'Urgent' });
  await page.getByRole('link', { name: 'Change When' }).click();
  await page.getByLabel('It is still happening').check();
  await next(page);
  const urgent = await send(page);
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { age: '25 to 44', what: ['Burglary, robbery or theft'], name: 'Calm' });
  const calm = await send(page);

  const staff = await anotherPerson(browser, testInfo);
  await staff.setViewportSize({ width: 1280, height: 900 });
  await enrolStaff(staff, `Una ${testInfo.project.name}`, 'victim-hub');
  await staff.goto('/staff/referrals');
  const rows = staff.locator('tbody tr');
  await expect(rows.filter({ hasText: calm })).toHaveCount(1);
  await expect(rows.filter({ hasText: urgent }).locator('.wm-tag--urgent')).toHaveText('Urgent');
  await expect(rows.filter({ hasText: calm }).locator('.wm-tag--urgent')).toHaveCount(0);
  // Every urgent row comes before every other row (other tests' requests share this queue).
  const marks = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.wm-tag--urgent') !== null));
  expect(marks.lastIndexOf(true)).toBeLessThan(marks.indexOf(false));
  const texts = await rows.allTextContents();
  expect(texts.findIndex((t) => t.includes(urgent))).toBeLessThan(texts.findIndex((t) => t.includes(calm)));
  // No cell breaks a word: each word's box is one line high.
  const broken = await staff.locator('.wm-table--queue').evaluate((table) => {
    const found: string[] = [];
    for (const cell of Array.from(table.querySelectorAll('th, td'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const re = /\S+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          if (range.getClientRects().length > 1) found.push(m[0]);
        }
      }
    }
    return found;
  });
  expect(broken).toEqual([]);
  await expectNoAxeViolations(staff);
  await staff.context().close();
});
