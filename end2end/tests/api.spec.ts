// More ways in, end to end: a person without an account keeps a passphrase when they send a request and follows
// it at /request/status as a caseworker works it; another system sends a referral through the API, retrying with
// one Idempotency-Key, and exactly one referral reaches the service's queue; a malformed body gets a problem
// document naming each field.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { expect, expectNoAxeViolations, test } from './support';
import { enrolStaff } from './people';
import { anotherPerson, answer, group, send } from './journey';

/**
 * Registers a partner organisation that may refer to `services`, straight into the test server's SQLite database
 * (the commissioner's organisation pages are another feature's), and returns its name.
 */
function addOrganisation(name: string, services: string[]): string {
  const db = path.resolve(__dirname, '..', '.data', 'waymark.db');
  const quoted = name.replace(/'/g, "''");
  const rows = services.map((s) => `((SELECT id FROM organisations WHERE name = '${quoted}'), '${s}')`).join(', ');
  const sql =
    `PRAGMA busy_timeout = 5000; INSERT INTO organisations (name, kind, created_at) VALUES ('${quoted}', 'police', ` +
    `strftime('%s','now')); INSERT INTO organisation_services (organisation_id, service) VALUES ${rows};`;
  execFileSync('sqlite3', [db, sql]);
  return name;
}

/** A referral for domestic abuse in Hartlepool, as a police force's victim referral system would send it. */
function referral(name: string) {
  return {
    safe_now: 'yes',
    age_band: '25-44',
    area: 'hartlepool',
    crime_types: ['domestic-abuse'],
    when: 'week',
    police: 'yes',
    needs: ['safety'],
    person: { name, language: 'English' },
    contact: { phone: '07700 900456', ways: { phone: { times: 'mornings', voicemail: false, say_who: false } } },
    consent: { given: true, recorded_at: new Date().toISOString(), method: 'verbal' },
  };
}

test('a person without an account keeps a passphrase and sees their request change status', async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const suffix = `${testInfo.project.name} ${Date.now()}`;
  const name = `Wren ${suffix}`;
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { age: '25 to 44', what: ['Domestic abuse'], name });
  const reference = await send(page);

  // On the confirmation page: a passphrase, made on request and shown once.
  await page.getByRole('button', { name: 'Make a passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Keep these to check on your request' })).toBeVisible();
  await expect(page.getByTestId('follow-reference')).toHaveText(reference);
  const passphrase = (await page.getByTestId('follow-passphrase').textContent()) ?? '';
  expect(passphrase).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoAxeViolations(page);

  // Later, in another browser: the reference and passphrase show the neutral status, and nothing is in the address.
  const later = await anotherPerson(browser, testInfo);
  const check = async () => {
    await later.goto('/request');
    await later.getByRole('link', { name: 'Check on a request you have sent' }).click();
    await expect(later).toHaveURL(/\/request\/status$/);
    await later.getByLabel('Reference').fill(reference.toLowerCase());
    await later.getByLabel('Passphrase').fill(passphrase);
    await later.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(later).toHaveURL(/\/request\/status$/);
    return later.getByTestId('follow-status');
  };
  // A wrong passphrase is refused next to the field, with the reference kept.
  await later.goto('/request/status');
  await later.getByLabel('Reference').fill(reference);
  await later.getByLabel('Passphrase').fill('AAAA-BBBB-CCCC-DDDD');
  await later.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(later.locator('#reference-error')).toContainText('do not match a request');
  await expect(later.getByLabel('Reference')).toHaveValue(reference);
  await expectNoAxeViolations(later);

  const status = await check();
  await expect(status).toContainText('Harbour');
  await expect(status).toContainText('They have said they will contact you by');
  await expect(later.getByRole('main')).not.toContainText(name);
  await expectNoAxeViolations(later);

  // The caseworker gets in touch and says so.
  const caseworker = await anotherPerson(browser, testInfo);
  await enrolStaff(caseworker, `Cass ${suffix}`, 'harbour');
  await caseworker.goto(`/staff/referrals/${reference}`);
  await caseworker.getByRole('button', { name: 'Open this request' }).click();
  await group(caseworker, 'Status').getByLabel('In contact').check();
  await caseworker.getByRole('button', { name: 'Save status and note' }).click();
  await expect(caseworker.getByRole('main')).toContainText('Saved.');

  await expect(await check()).toContainText('The service is in touch with you');
});

test('an API client retries with one idempotency key and one referral reaches the queue; a malformed body is named field by field', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const suffix = `${testInfo.project.name} ${Date.now()}`;
  const organisation = addOrganisation(`Cleveland Police ${suffix}`, ['harbour', 'victim-hub']);

  // The commissioner makes a key for the organisation; it is shown once.
  await enrolStaff(page, `Cy ${suffix}`, '', 'commissioner');
  await page.getByRole('link', { name: 'API keys for partner organisations' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(organisation, { exact: true }).check();
  await page.getByLabel('What the key is for').fill('Victim referral system');
  await page.getByRole('button', { name: 'Make key' }).click();
  const key = await page.getByTestId('api-key').inputValue();
  expect(key).toMatch(/^wmk_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  // The system sends a referral, and retries it twice with the same Idempotency-Key (a timeout, say).
  const name = `Ottoline ${suffix}`;
  const headers = { Authorization: `Bearer ${key}`, 'Idempotency-Key': `e2e-${suffix.replace(/\s/g, '-')}` };
  const answers = [];
  // A retry sends the very same bytes (the agreement's time included).
  const sent = referral(name);
  for (let i = 0; i < 3; i++) {
    const reply = await request.post('/api/v1/referrals', { headers, data: sent });
    expect(reply.status(), await reply.text()).toBe(201);
    expect(reply.headers()['set-cookie']).toBeUndefined();
    answers.push({ body: await reply.json(), replayed: reply.headers()['idempotent-replayed'] });
  }
  const reference = answers[0].body.reference;
  expect(answers.map((a) => a.body.reference)).toEqual([reference, reference, reference]);
  expect(answers.map((a) => a.replayed)).toEqual([undefined, 'true', 'true']);
  expect(answers[0].body.service).toBe('harbour');
  expect(JSON.stringify(answers[0].body)).not.toContain('Ottoline');

  // Exactly one referral is in Harbour's queue.
  const caseworker = await anotherPerson(browser, testInfo);
  await enrolStaff(caseworker, `Cass ${suffix}`, 'harbour');
  await caseworker.goto('/staff/referrals');
  await expect(caseworker.getByRole('row').filter({ hasText: reference })).toHaveCount(1);
  await caseworker.goto(`/staff/referrals/${reference}`);
  await caseworker.getByRole('button', { name: 'Open this request' }).click();
  await expect(caseworker.getByText(name)).toHaveCount(1);
  await expect(caseworker.getByRole('main')).toContainText('Agreement to this referral recorded');
  await expectNoAxeViolations(caseworker);

  // A malformed body: a problem document naming each field.
  const body = { ...referral(name), age_band: 'ancient', crime_types: ['domestic-abuse', 'piracy'] } as Record<string, unknown>;
  delete body.consent;
  const refused = await request.post('/api/v1/referrals', { headers: { Authorization: `Bearer ${key}` }, data: body });
  expect(refused.status()).toBe(422);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
  const problem = await refused.json();
  expect(problem.type).toBe('/api/v1/problems/invalid-body');
  expect(problem.status).toBe(422);
  const pointers = problem.errors.map((e: { pointer: string }) => e.pointer);
  expect(pointers).toEqual(expect.arrayContaining(['#/age_band', '#/crime_types/1', '#/consent']));

  // The calls are listed for the commissioner, with what came of each and nothing personal.
  await page.goto('/staff/api-keys');
  const calls = page.getByRole('region', { name: 'Latest calls' });
  await expect(calls).toContainText(reference);
  await expect(calls).toContainText('replayed');
  await expect(calls).toContainText('invalid_body');
  await expect(page.getByRole('main')).not.toContainText('Ottoline');
  await expect(page.getByRole('main')).not.toContainText(key);

  // The OpenAPI document is served.
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toContain('/api/v1/referrals');
});
