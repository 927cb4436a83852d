// Asking a service to get in touch, and the services' triage console, in Chromium with and without
// JavaScript: the directory, an anonymous request reaching the right queue, staff moving it through its
// states with safe-contact first, staff of another service seeing nothing, a signed-in referrer following
// the status, a supporter's request, mistakes keeping what was typed, and axe on every page.
import { expect, expectNoAxeViolations, standInForExitSite, test } from './support';
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
  await filters.getByRole('link', { name: 'Fraud, scams or online crime' }).click();
  await expect(page).toHaveURL(/\/services\?what=[a-z0-9]{5}$/);
  await expect(page.locator('.wm-service').filter({ hasText: 'Report Fraud' })).toHaveCount(1);
  await expect(page.locator('.wm-service').filter({ hasText: 'Brake' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel('Search the services').fill('road');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.locator('.wm-service').filter({ hasText: 'Brake' })).toHaveCount(1);
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
  await enrolStaff(staff, `Dana ${testInfo.project.name}`, 'domestic-abuse');
  await staff.getByRole('link', { name: "Open your service's requests" }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Requests for support' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole('link', { name: reference }).click();
  await expectNoAxeViolations(staff);
  // The safe-contact instructions come first.
  const safety = staff.getByRole('region', { name: 'Before you make contact' });
  await expect(safety).toContainText('Do not leave a voicemail');
  await expect(safety).toContainText('Do not say who you are');
  await expect(safety).toContainText('Safe times: after 6pm');
  const safetyBox = await safety.boundingBox();
  const phoneBox = await staff.getByText('07700 900123').boundingBox();
  expect(safetyBox!.y).toBeLessThan(phoneBox!.y);

  await staff.getByRole('button', { name: 'Assign to me' }).click();
  await expect(staff.getByText('Assigned to you')).toBeVisible();
  await group(staff, 'Status').getByLabel('In contact').check();
  await staff.getByRole('button', { name: 'Change status' }).click();
  await expect(staff.getByText('Status changed to In contact')).toBeVisible();
  await staff.getByRole('button', { name: 'Save note' }).click();
  await expect(staff.locator('#note-error')).toContainText('Write a note to save');
  await staff.getByLabel('Add a note').fill('Spoke to Robin; next call Friday');
  await staff.getByRole('button', { name: 'Save note' }).click();
  await expect(staff.getByText('Spoke to Robin; next call Friday')).toBeVisible();
  await group(staff, 'Status').getByLabel('Being supported').check();
  await staff.getByRole('button', { name: 'Change status' }).click();
  await expect(staff.getByText('Status changed to Being supported')).toBeVisible();
  await expectNoAxeViolations(staff);

  // Staff of another service cannot open it.
  const other = await anotherPerson(browser, testInfo);
  await enrolStaff(other, `Hana ${testInfo.project.name}`, 'victim-hub');
  const response = await other.goto(`/staff/referrals/${reference}`);
  expect(response?.status()).toBe(404);
  await other.goto('/staff/referrals');
  await expect(other.getByRole('link', { name: reference })).toHaveCount(0);
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
  await staff.goto(`/staff/referrals/${reference}`);
  await expect(staff.getByRole('region', { name: 'Before you make contact' })).toContainText('Contact the person first');
  await expect(staff.getByText('jo@example.org')).toBeVisible();
  await group(staff, 'Status').getByLabel('Closed').check();
  await staff.getByRole('button', { name: 'Change status' }).click();
  await expect(staff.getByText('Status changed to Closed')).toBeVisible();
  await staff.context().close();

  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('Closed');
});
