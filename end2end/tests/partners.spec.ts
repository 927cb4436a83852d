// More ways in, end to end: the commissioner registers a partner organisation and invites a worker, who enrols
// with an authenticator, refers someone with their recorded agreement and follows its neutral status while the
// service works it; and witnesses report hate incidents anonymously to the reporting service, whose queue
// receives them and whose counts by reason appear in the commissioner's return once the quarter has ended.
import * as fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support';
import { enrolFromLink, enrolStaff, signInStaff } from './people';
import { anotherPerson, group, next } from './journey';
import { CLOCK_FILE } from '../fixture';

/** Moves the test server's clock `seconds` ahead of the real one, and waits for it to notice. */
async function clockAhead(seconds: number) {
  fs.writeFileSync(CLOCK_FILE, String(Math.round(seconds)));
  await new Promise((resolve) => setTimeout(resolve, 2_500));
}

/** Seconds from now until two days after the current quarter ends (London time is within a day of UTC). */
function pastTheQuarter(): { ahead: number; quarter: string } {
  const today = new Date();
  const q = Math.floor(today.getUTCMonth() / 3) + 1;
  const end = Date.UTC(today.getUTCFullYear(), q * 3, 1);
  return { ahead: (end - today.getTime()) / 1000 + 2 * 86_400, quarter: `${today.getUTCFullYear()}-Q${q}` };
}

/** The reference on a confirmation page. */
async function referenceOn(page: Page): Promise<string> {
  const text = (await page.locator('.wm-panel__body').textContent()) ?? '';
  const reference = text.match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
  expect(reference, text).toBeTruthy();
  return reference!;
}

test("a partner's worker, invited by the commissioner, refers someone with their agreement and sees its status", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  const suffix = `${testInfo.project.name} ${Date.now()}`;
  const organisation = `Riverside Surgery ${suffix}`;

  // The commissioner registers the organisation with the one service it may refer to, and invites a worker.
  await enrolStaff(page, `Cora ${suffix}`, '', 'commissioner');
  await page.getByRole('link', { name: 'Partner organisations', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Partner organisations' })).toBeVisible();
  await page.getByRole('button', { name: 'Register organisation' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a name');
  await expectNoAxeViolations(page);
  await page.getByLabel('Name of the organisation').fill(organisation);
  await group(page, 'Kind of organisation').getByLabel('GP practice').check();
  await group(page, /Services it may refer to/).getByLabel('Victim Care and Advice Service (VCAS)').check();
  await page.getByRole('button', { name: 'Register organisation' }).click();
  await expect(page.getByRole('row').filter({ hasText: organisation })).toContainText('Victim Care and Advice Service');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Invite a worker of ${organisation}` }).click();
  await page.getByLabel('Their full name').fill(`Wren ${suffix}`);
  await page.getByRole('button', { name: 'Create enrolment link' }).click();
  const link = await page.locator('#enrolment-link').inputValue();
  expect(link).toContain('/staff/enrol?invite=');
  await expectNoAxeViolations(page);

  // The worker enrols with an authenticator like all staff, and refers someone: the agreement is required.
  const worker = await anotherPerson(browser, testInfo);
  await enrolFromLink(worker, link, `Wren ${suffix}`);
  await worker.getByRole('link', { name: 'Refer someone with their agreement' }).click();
  await expect(worker.getByRole('heading', { name: 'About you' })).toBeVisible();
  await expectNoAxeViolations(worker);
  await worker.getByLabel('Your name').fill('Dr Rao');
  await worker.getByLabel('Your work phone number').fill('01642 000000');
  await next(worker);
  await expect(worker.getByRole('heading', { name: "The person's agreement" })).toBeVisible();
  await group(worker, 'When did they agree?').getByLabel('Today').check();
  await group(worker, 'How did they agree?').getByLabel('In person').check();
  await next(worker);
  await expect(worker.locator('#shared-error')).toContainText('Only refer someone who agreed to the referral');
  await expect(group(worker, 'How did they agree?').getByLabel('In person')).toBeChecked();
  await expectNoAxeViolations(worker);
  await worker.getByLabel('Being referred, and being contacted by the service').check();
  await worker.getByLabel('What happened', { exact: true }).check();
  await next(worker);
  await worker.getByLabel('25 to 44', { exact: true }).check();
  await next(worker);
  // The person's safe-contact answers come before what happened.
  await worker.getByLabel(/What should the service call/).fill(`Robin ${suffix}`);
  await worker.getByLabel('Phone call').check();
  await worker.getByLabel('Phone number').fill('07700 900123');
  await next(worker);
  await group(worker, 'Is it safe for the service to call this number?').getByLabel('Yes').check();
  await group(worker, 'Can the service leave a voicemail?').getByLabel('No').check();
  await group(worker, 'Can the service say who they are?').getByLabel('No').check();
  await next(worker);
  await worker.getByLabel('Burglary, robbery or theft', { exact: true }).check();
  await next(worker);
  await worker.getByLabel('Hartlepool', { exact: true }).check();
  await next(worker);
  await worker.getByLabel('In the last month').check();
  await next(worker);
  await worker.getByLabel('No', { exact: true }).check();
  await next(worker);
  await worker.getByLabel('Someone to talk to about how I feel').check();
  await next(worker);
  await group(worker, 'Would you like an interpreter?').getByLabel('No').check();
  await next(worker);
  await expect(worker.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
  await expect(worker.getByRole('main')).toContainText('Victim Care and Advice Service');
  await expect(worker.getByRole('main')).toContainText('In person');
  await expectNoAxeViolations(worker);
  await worker.getByLabel(/I confirm they agreed/).check();
  await worker.getByRole('button', { name: 'Send request' }).click();
  await expect(worker.getByRole('heading', { name: 'Referral sent' })).toBeVisible();
  const reference = await referenceOn(worker);
  await expectNoAxeViolations(worker);

  // The worker sees it received, and nothing else about it.
  await worker.goto('/account');
  const row = worker.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Received');
  await expect(row).not.toContainText(`Robin ${suffix}`);

  // The service finds it in its queue, marked as a partner's, and gets in touch.
  const caseworker = await anotherPerson(browser, testInfo);
  await enrolStaff(caseworker, `Vic ${suffix}`, 'victim-hub');
  await caseworker.goto('/staff/referrals');
  await expect(caseworker.getByRole('row').filter({ hasText: reference })).toContainText(`From a partner organisation: ${organisation}`);
  await caseworker.goto(`/staff/referrals/${reference}`);
  await caseworker.getByRole('button', { name: 'Open this request' }).click();
  await expect(caseworker.getByRole('main')).toContainText('Their agreement');
  await group(caseworker, 'Status').getByLabel('In contact').check();
  await caseworker.getByRole('button', { name: 'Save status and note' }).click();

  // The worker sees the neutral change; another organisation's page is not theirs.
  await worker.goto('/account');
  await expect(worker.getByRole('row').filter({ hasText: reference })).toContainText('In progress');
  await worker.goto('/staff/organisations');
  await expect(worker.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

/** A witness's anonymous hate incident report, from the first question to the confirmation; returns its reference. */
async function reportAsWitness(page: Page, audit: boolean): Promise<string> {
  const check = async () => {
    if (audit) await expectNoAxeViolations(page);
  };
  await page.goto('/report');
  await expect(page.getByRole('heading', { name: 'Did this happen to you, or did you see or hear it?' })).toBeVisible();
  await check();
  await page.getByLabel('I saw or heard it happen to someone else').check();
  await next(page);
  await page.getByLabel('What happened?').fill('Someone shouted abuse at a family at the bus stop.');
  await next(page);
  await expect(page.getByRole('heading', { name: 'Where did it happen?' })).toBeVisible();
  await page.getByLabel('Stockton-on-Tees', { exact: true }).check();
  await next(page);
  await page.getByLabel('In the last week').check();
  await next(page);
  await next(page);
  await expect(page.locator('#strands-error')).toContainText('Choose at least one reason');
  await check();
  await page.getByLabel('Religion or belief').check();
  await page.getByLabel('Race, ethnicity or nationality').check();
  await next(page);
  await page.getByLabel('No, I want to stay anonymous').check();
  await next(page);
  // Anonymous: "with my details" is not offered, and nothing is assumed.
  await expect(page.getByLabel('Yes, with my details')).toHaveCount(0);
  await check();
  await page.getByLabel('Only what happened, without anything that could identify me').check();
  await next(page);
  await expect(page.getByRole('main')).toContainText('Anonymous: no contact');
  await expect(page.getByRole('main')).toContainText('Stop Hate UK');
  await check();
  await page.getByLabel(/I agree to my report/).check();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: 'Report sent' })).toBeVisible();
  await check();
  return referenceOn(page);
}

test('a witness reports hate anonymously to the reporting service, and it is counted in the return', async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = `${testInfo.project.name} ${Date.now()}`;

  // Five witnesses report (so the count by reason is large enough to be shown in the return).
  const references: string[] = [];
  for (let i = 0; i < 5; i++) {
    const witness = i === 0 ? page : await anotherPerson(browser, testInfo);
    references.push(await reportAsWitness(witness, i === 0));
  }

  // The reporting service's queue has them, marked as hate incident reports.
  const reporting = await anotherPerson(browser, testInfo);
  await enrolStaff(reporting, `Hana ${suffix}`, 'hate-crime-reporting');
  await reporting.goto('/staff/referrals');
  for (const reference of references) {
    await expect(reporting.getByRole('row').filter({ hasText: reference })).toContainText('Hate incident report');
  }
  await reporting.goto(`/staff/referrals/${references[0]}`);
  await reporting.getByRole('button', { name: 'Open this request' }).click();
  await expect(reporting.getByRole('main')).toContainText('Only what happened, without anything that could identify me');
  await expectNoAxeViolations(reporting);

  // Once the quarter has ended, the commissioner's return counts them by reason, and names nobody.
  const commissionerPage = await anotherPerson(browser, testInfo);
  const commissioner = await enrolStaff(commissionerPage, `Cy ${suffix}`, '', 'commissioner');
  const { ahead, quarter } = pastTheQuarter();
  try {
    await clockAhead(ahead);
    await signInStaff(commissionerPage, commissioner, ahead);
    await commissionerPage.goto(`/staff/returns/${quarter}`);
    await expect(commissionerPage.getByRole('main')).toContainText('Hate incident reports by reason');
    await expectNoAxeViolations(commissionerPage);
    const csv = await (await commissionerPage.request.get(`/staff/returns/${quarter}.csv`)).text();
    const religion = csv.split('\n').find((line) => line.startsWith(`${quarter},hate_strand,"religion",`) && line.includes(',received,'));
    expect(religion, csv).toBeTruthy();
    expect(Number(religion!.split(',').pop())).toBeGreaterThanOrEqual(5);
    for (const personal of [...references, 'bus stop']) {
      expect(csv, personal).not.toContain(personal);
    }
  } finally {
    await clockAhead(0);
  }
});
