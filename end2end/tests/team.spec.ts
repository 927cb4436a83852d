// Teams: a service manager invites a caseworker on the web, with the form's errors shown by its fields; the
// one-time link is shown once; the caseworker enrols from it and works the queue; the manager sees them on the
// team page and can reset their sign-in, which ends their session.
import { expect, expectNoAxeViolations, test } from './support';
import { enrolFromLink, enrolStaff } from './people';
import { anotherPerson } from './journey';

test('a manager invites a caseworker who enrols', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  const suffix = `${testInfo.project.name} ${Date.now()}`;
  await enrolStaff(page, `Mina ${suffix}`, 'harbour', 'manager');
  await page.getByRole('link', { name: 'Staff accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The form says what is missing next to each field, and keeps what was typed.
  await page.getByRole('link', { name: 'Invite someone' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invite someone to the team' })).toBeVisible();
  await expectNoAxeViolations(page);
  const name = `Nia ${suffix}`;
  await page.getByLabel('Their name').fill(name);
  await page.getByRole('button', { name: 'Make an enrolment link' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.locator('#role-error')).toContainText('Select what they will do');
  await expect(page.getByLabel('Their name')).toHaveValue(name);
  await expectNoAxeViolations(page);
  await page.getByLabel('Caseworker').check();
  await page.getByRole('button', { name: 'Make an enrolment link' }).click();

  // The link, shown once, with when it stops working.
  await expect(page.getByRole('heading', { level: 1, name: 'Enrolment link made' })).toBeVisible();
  await expect(page.getByText(/It works once, until/)).toBeVisible();
  await expectNoAxeViolations(page);
  const link = await page.getByLabel('Enrolment link').inputValue();
  expect(link).toMatch(/\/staff\/enrol\?invite=/);
  const invite = new URL(link).pathname + new URL(link).search;

  // The caseworker enrols from it and works the queue; the link is spent.
  const caseworker = await anotherPerson(browser, testInfo);
  await enrolFromLink(caseworker, invite, name);
  await caseworker.getByRole('link', { name: "Open your service's requests" }).click();
  await expect(caseworker.getByRole('heading', { level: 1, name: 'Requests for support' })).toBeVisible();
  await expect(caseworker.getByRole('link', { name: 'Staff accounts' })).toHaveCount(0);

  // The manager sees them, enrolled, with when they last signed in; the link is not on the page.
  await page.getByRole('link', { name: 'Back to staff accounts' }).click();
  // The team is the first table (the staff account log follows it).
  const row = page.locator('table').first().locator('tbody tr').filter({ hasText: name });
  await expect(row).toContainText('Caseworker');
  await expect(row).toContainText('Active');
  expect(await page.content()).not.toContain(invite);
  await expectNoAxeViolations(page);

  // Resetting their sign-in ends their session at once and gives a new link.
  await row.getByRole('button', { name: `Reset sign-in: ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enrolment link made' })).toBeVisible();
  await caseworker.goto('/staff/referrals');
  await expect(caseworker).toHaveURL(/\/sign-in/);
});
