// The directory rebuilt from the needs assessment, routing by where a person lives, and the Open Referral UK
// API, in Chromium with and without JavaScript: a person in Redcar and Cleveland reporting domestic abuse is
// routed to Foundation, one in Hartlepool to Harbour, someone outside Cleveland is signposted instead, and
// every group filter of the directory finds services for that group.
import { expect, expectNoAxeViolations, showFilters, standInForExitSite, test } from './support';
import { answer } from './journey';

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

for (const [area, service] of [
  ['Redcar and Cleveland', 'Foundation'],
  ['Hartlepool', 'Harbour'],
]) {
  test(`domestic abuse in ${area} goes to ${service}`, async ({ page }) => {
    await page.goto('/request');
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, { age: '25 to 44', what: ['Domestic abuse'], area, name: 'Robin' });
    await expect(page.getByText(new RegExp(`Your request will go to ${service}`))).toBeVisible();
  });
}

test('the first half of a postcode across two areas asks for the area, and outside Cleveland is signposted', async ({ page }) => {
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Myself').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('25 to 44', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Domestic abuse', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('I will give the first half of my postcode instead').check();
  await page.getByLabel(/The first half of the postcode/).fill('TS8');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#postcode-error')).toContainText('covers more than one area');
  await expect(page.getByLabel(/The first half of the postcode/)).toHaveValue('TS8');
  await expectNoAxeViolations(page);
  await page.getByLabel('Somewhere outside Cleveland').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/request\/elsewhere$/);
  await expect(page.getByRole('heading', { name: 'Where you can turn for help' })).toBeVisible();
  await expect(page.locator('.wm-service').filter({ hasText: 'National Domestic Abuse Helpline' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('every group filter finds services for that group', async ({ page }) => {
  await page.goto('/services');
  await showFilters(page);
  const filters = page.getByRole('navigation', { name: 'Filter the services' });
  for (const [group, expected] of [
    ['Men', "Men's Advice Line"],
    ['Women', 'My Sisters Place'],
    ['LGBTQ+', 'Galop'],
    ['Deaf', 'Hartlepool Deaf Centre'],
    ['Black, Asian and minority ethnic', 'The Halo Project'],
    ['Young people', 'Childline'],
  ]) {
    await filters.getByRole('link', { name: new RegExp(`^${group.replace(/[+]/g, '\\+')}`) }).click();
    await expect(page.locator('.wm-service').filter({ hasText: expected })).not.toHaveCount(0);
    await expect(page.getByText(/Details checked on/).first()).toBeVisible();
    await showFilters(page);
  }
  await expectNoAxeViolations(page);
});

test('the Open Referral UK endpoint returns paginated JSON, open to any origin, without cookies', async ({ request }) => {
  const list = await request.get('/api/oruk/services?per_page=5');
  expect(list.status()).toBe(200);
  expect(list.headers()['access-control-allow-origin']).toBe('*');
  expect(list.headers()['set-cookie']).toBeUndefined();
  const page = await list.json();
  for (const field of ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents']) {
    expect(page).toHaveProperty(field);
  }
  expect(page.page_number).toBe(1);
  expect(page.contents).toHaveLength(5);
  const one = await request.get(`/api/oruk/services/${page.contents[0].id}`);
  expect(one.status()).toBe(200);
  const service = await one.json();
  expect(service.name).toBe(page.contents[0].name);
  expect(service.status).toBe('active');
});
