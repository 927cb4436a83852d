// The service side worked through end to end: an anonymous request reaches Harbour, whose shared inbox gets an
// alert with nothing personal in it; the caseworker opens it, records needs, supports and closes it with outcomes;
// with the server's clock moved on past the contact promise and the quarter's end, a waiting request is marked
// overdue (and alerted), and the commissioner downloads the quarter's return, which names nobody.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, expectNoAxeViolations, test } from './support';
import { enrolStaff, signInStaff } from './people';
import { anotherPerson, answer, group, send } from './journey';
import { CLOCK_FILE, HARBOUR_INBOX, MAIL_DIR } from '../fixture';

/** The messages the test mailbox has kept that mention `text`, as raw text. */
function mailAbout(text: string): string[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((name) => fs.readFileSync(path.join(MAIL_DIR, name), 'utf8'))
    .filter((message) => message.includes(text));
}

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

test('a request is alerted, worked, closed with outcomes, marked overdue and counted in the return', async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = `${testInfo.project.name} ${Date.now()}`;
  const name = `Robin ${suffix}`;

  // An anonymous request for domestic abuse from Hartlepool goes to Harbour.
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { age: '25 to 44', what: ['Domestic abuse'], name });
  const reference = await send(page);
  await expect(page.getByRole('main')).toContainText('Harbour');
  await expect(page.getByRole('main')).toContainText('within 2 working days');

  // Harbour's inbox is told something is waiting: the reference and a link, nothing personal.
  await expect.poll(() => mailAbout(reference).length, { timeout: 60_000 }).toBeGreaterThan(0);
  const alert = mailAbout(reference)[0];
  expect(alert).toContain(HARBOUR_INBOX);
  expect(alert).toContain('/staff/referrals');
  for (const personal of [name, 'Robin', '07700 900123', 'omestic', 'abuse', 'Harbour']) {
    expect(alert, personal).not.toContain(personal);
  }

  // The caseworker opens it, records the needs and a plan, then supports and closes it with outcomes.
  const caseworker = await anotherPerson(browser, testInfo);
  const casework = await enrolStaff(caseworker, `Cass ${suffix}`, 'harbour');
  await caseworker.goto('/staff/referrals');
  await expect(caseworker.getByRole('row').filter({ hasText: reference })).toBeVisible();
  await caseworker.goto(`/staff/referrals/${reference}`);
  await caseworker.getByRole('button', { name: 'Open this request' }).click();
  await expect(caseworker.getByText(name)).toBeVisible();
  await group(caseworker, 'Status').getByLabel('In contact').check();
  await caseworker.getByRole('button', { name: 'Save status and note' }).click();
  await group(caseworker, 'Categories of need').getByLabel('Safety and security').check();
  await group(caseworker, 'Categories of need').getByLabel('Mental health and wellbeing').check();
  await caseworker.getByLabel('Support plan').fill('Safety planning call weekly; refer to counselling.');
  await caseworker.getByRole('button', { name: 'Save needs and plan' }).click();
  await expectNoAxeViolations(caseworker);
  await group(caseworker, 'Status').getByLabel('Being supported').check();
  await caseworker.getByRole('button', { name: 'Save status and note' }).click();

  // Closing without an outcome for every need is refused next to the field, with the choices kept.
  await group(caseworker, /Safety and security.*is the person better able/).getByLabel('Improved', { exact: true }).check();
  await group(caseworker, 'Onward referral').getByLabel('None').check();
  await caseworker.getByRole('button', { name: 'Close request' }).click();
  await expect(caseworker.getByRole('alert')).toContainText('There is a problem');
  await expect(caseworker.getByText(/Select an outcome for .?Mental health and wellbeing/).first()).toBeVisible();
  await expect(group(caseworker, /Safety and security.*is the person better able/).getByLabel('Improved', { exact: true })).toBeChecked();
  await expectNoAxeViolations(caseworker);
  await group(caseworker, /Mental health and wellbeing.*is the person better able/).getByLabel('Not assessed').check();
  await group(caseworker, /Mental health and wellbeing.*why not/).getByLabel('Too early to tell').check();
  await caseworker.getByRole('button', { name: 'Close request' }).click();
  await expect(caseworker.getByText('There is a problem')).toHaveCount(0);
  await expect(caseworker.getByRole('main')).toContainText('Closed');

  // A second request waits, uncontacted.
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { age: '45 to 64', what: ['Domestic abuse'], name: `Sam ${suffix}` });
  const waiting = await send(page);

  // The commissioner enrols now (an enrolment link works for a day of the real clock).
  const commissionerPage = await anotherPerson(browser, testInfo);
  const commissioner = await enrolStaff(commissionerPage, `Cy ${suffix}`, '', 'commissioner');
  await commissionerPage.goto('/staff/referrals');
  await expect(commissionerPage.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  const { ahead, quarter } = pastTheQuarter();
  try {
    await clockAhead(ahead);
    // Weeks later: the waiting request is overdue in the queue, in words, and Harbour's inbox was told.
    await signInStaff(caseworker, casework, ahead);
    await caseworker.goto('/staff/referrals');
    const row = caseworker.getByRole('row').filter({ hasText: waiting });
    await expect(row).toContainText('Overdue');
    await expectNoAxeViolations(caseworker);
    await expect.poll(() => mailAbout(waiting).length, { timeout: 60_000 }).toBeGreaterThan(1);

    // The quarter has ended: the commissioner reads its return and downloads it, and nobody is named.
    await signInStaff(commissionerPage, commissioner, ahead);
    await commissionerPage.goto('/staff/returns');
    await expectNoAxeViolations(commissionerPage);
    await commissionerPage.goto(`/staff/returns/${quarter}`);
    await expect(commissionerPage.getByRole('main')).toContainText('Harbour');
    await expectNoAxeViolations(commissionerPage);
    const csv = await commissionerPage.request.get(`/staff/returns/${quarter}.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toContain('attachment');
    const figures = await csv.text();
    expect(figures).toContain(`${quarter},service,"harbour"`);
    // The optional equality answers are counted too (these requests skipped them), and shown on the page.
    expect(figures).toContain(`${quarter},gender,"not_answered"`);
    await expect(commissionerPage.getByRole('table', { name: 'By gender' })).toBeVisible();
    for (const personal of [reference, waiting, name, 'Robin', 'Sam', '07700', 'Safety planning']) {
      expect(figures, personal).not.toContain(personal);
    }
  } finally {
    await clockAhead(0);
  }
});
