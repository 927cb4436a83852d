// The request journey as a person answers it, shared by the request tests and the language tests: a second
// person in their own browser, every question answered from "Are you safe right now?" to "Check your
// answers", and sending.
import { expect, expectNoAxeViolations, jsEnabled, standInForExitSite, trackDocuments } from './support';
import type { Browser, Page, TestInfo } from '@playwright/test';

/** A second person (a member of staff, say) in their own browser, set up like the test's own. */
export async function anotherPerson(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    javaScriptEnabled: jsEnabled(testInfo),
    viewport: use.viewport,
    isMobile: use.isMobile,
  });
  const page = await context.newPage();
  trackDocuments(page);
  await standInForExitSite(page);
  return page;
}

export const next = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();
export const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

export interface Journey {
  forSomeone?: boolean;
  age: string;
  what: string[];
  /** Where the person lives, as the radio is labelled; Hartlepool when not given. */
  area?: string;
  name: string;
  audit?: boolean;
}

/** Answers every question from "Are you safe right now?" to "Check your answers". */
export async function answer(page: Page, j: Journey) {
  const audit = async () => {
    if (j.audit) await expectNoAxeViolations(page);
  };
  await expect(page.getByRole('heading', { name: 'Are you safe right now?' })).toBeVisible();
  await audit();
  await page.getByLabel('Yes', { exact: true }).check();
  await next(page);
  await audit();
  await page.getByLabel(j.forSomeone ? 'Someone I support' : 'Myself').check();
  await next(page);
  await audit();
  await page.getByLabel(j.age, { exact: true }).check();
  await next(page);
  await audit();
  for (const w of j.what) await page.getByLabel(w, { exact: true }).check();
  await next(page);
  await audit();
  await page.getByLabel(j.area ?? 'Hartlepool', { exact: true }).check();
  await next(page);
  await audit();
  await page.getByLabel('In the last month').check();
  await next(page);
  await audit();
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await audit();
  await page.getByLabel('Someone to talk to about how I feel').check();
  await next(page);
  await audit();
  // Someone who names another language is asked about an interpreter, next to the question, with what they
  // typed kept; someone using English need not answer.
  await page.getByLabel(/Which language would you like to use/).fill('Polish');
  await next(page);
  await expect(page.locator('#interpreter-error')).toContainText('Choose whether you would like an interpreter');
  await expect(page.getByLabel(/Which language would you like to use/)).toHaveValue('Polish');
  await page.getByLabel(/Which language would you like to use/).fill('English');
  await next(page);
  await audit();
  await page.getByLabel(/What should the service call/).fill(j.name);
  await page.getByLabel('Phone call').check();
  await page.getByLabel('Phone number').fill('0770090');
  await next(page);
  // A mistake is explained next to the field, and everything typed is kept.
  await expect(page.locator('#phone-error')).toContainText('Enter a phone number in the right format');
  await expect(page.getByLabel(/What should the service call/)).toHaveValue(j.name);
  await expect(page.getByLabel('Phone call')).toBeChecked();
  await audit();
  await page.getByLabel('Phone number').fill('07700 900123');
  await next(page);
  await audit();
  await group(page, 'Is it safe for the service to call this number?').getByLabel('Yes').check();
  await page.getByLabel('When is it safe? (optional)').fill('after 6pm');
  await group(page, 'Can the service leave a voicemail?').getByLabel('No').check();
  // Asked for each way of contact, and the hint says which one it covers.
  await expect(page.getByText('the service is told not to say its name when it calls you')).toBeVisible();
  await group(page, 'Can the service say who they are?').getByLabel('No').check();
  await next(page);
  if (j.forSomeone) {
    await audit();
    await page.getByLabel('Your name').fill('Jo');
    await next(page);
    await expect(page.locator('#agreed-error')).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue('Jo');
    await page.getByLabel('Your email address').fill('jo@example.org');
    await page.getByLabel('They know about this request and agree to it').check();
    await next(page);
  }
  // The optional questions are about whoever the request is for.
  const about = j.forSomeone ? 'About the person you support (optional)' : 'About you (optional)';
  await expect(page.getByRole('heading', { name: about })).toBeVisible();
  if (j.forSomeone) await expect(page.getByText('What is their gender?')).toBeVisible();
  // The commissioner is explained as apart from the police.
  await expect(page.getByText("The commissioner's office is separate from the police force")).toBeVisible();
  await audit();
  await next(page);
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
}

export async function send(page: Page): Promise<string> {
  await page.getByLabel(/I agree to/).check();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: 'Request sent' })).toBeVisible();
  const text = (await page.locator('.wm-panel__body').textContent()) ?? '';
  const reference = text.match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
  expect(reference, text).toBeTruthy();
  return reference!;
}
