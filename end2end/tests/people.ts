// People the tests need: a quick registration with two-factor enrolment, and staff of a receiving service.
import { expect, type Page } from '@playwright/test';
import { base32Decode, now, totp } from './totp';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** Enrols an authenticator (typing its key, shown in full for the phone that has the app) and saves the recovery
 * codes; returns the key. */
async function enrolAuthenticator(page: Page): Promise<string> {
  const key = (await page.getByTestId('totp-key').textContent()) ?? '';
  await page.getByLabel('Code from your authenticator app').fill(totp(base32Decode(key), now()));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I have saved my codes' }).click();
  await expect(page).toHaveURL(/\/account$/);
  return key;
}

/** What a member of staff signs in with. */
export interface StaffLogin {
  login: string;
  key: string;
}

/**
 * Signs a member of staff in with their password and a code from their authenticator, for a server whose clock
 * runs `ahead` seconds ahead of the real one (the code is for the server's time, a later step than any used).
 */
export async function signInStaff(page: Page, who: StaffLogin, ahead = 0) {
  await page.goto('/sign-in');
  await page.getByLabel('Sign-in name').fill(who.login);
  await page.getByLabel('Password').fill('orange tugboat whistles loudly');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\/code$/);
  await page.getByLabel('Code from your authenticator app').fill(totp(base32Decode(who.key), now() + ahead + 30));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** Registers a new account for oneself, enrols an authenticator and lands on the account page. */
export async function registerQuickly(page: Page, name: string) {
  await page.goto('/register/who');
  await page.getByLabel('Support for myself').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Password').fill('orange tugboat whistles loudly');
  await page.getByRole('button', { name: 'Continue' }).click();
  await enrolAuthenticator(page);
}

/** A staff role, as `waymark staff add --role` takes it. */
export type StaffRole = 'caseworker' | 'manager' | 'commissioner' | 'operator';

/**
 * Creates a staff account with `waymark staff add` (against the same database as the server under test) and
 * enrols it in `page`: sign-in details, authenticator, recovery codes. Leaves the member of staff signed in.
 * `admin` (true) makes the operator's administrator; a role name makes that role.
 */
export async function enrolStaff(
  page: Page,
  name: string,
  service: string,
  admin: boolean | StaffRole = false,
): Promise<StaffLogin> {
  const root = path.resolve(__dirname, '..', '..');
  const binary = process.env.WAYMARK_BIN ?? path.join(root, 'target', 'release', 'waymark');
  const dataDir = path.resolve(__dirname, '..', '.data');
  const role = typeof admin === 'string' ? ['--role', admin] : admin ? ['--admin'] : [];
  const args = ['staff', 'add', '--name', name, ...(service ? ['--service', service] : []), ...role];
  const output = execFileSync(binary, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `sqlite://${dataDir}/waymark.db`, WAYMARK_DATA_DIR: dataDir, RUST_LOG: 'warn' },
  }).toString();
  const link = output.match(/\/staff\/enrol\?invite=\S+/)?.[0];
  if (!link) throw new Error(`no enrolment link in: ${output}`);
  return enrolFromLink(page, link, name);
}

/** Enrols from a one-time enrolment link (a path or a full address) in `page`, signed in afterwards. */
export async function enrolFromLink(page: Page, link: string, name: string): Promise<StaffLogin> {
  await page.goto(link);
  const login = `${name} ${Date.now()}`;
  await page.getByLabel('Sign-in name').fill(login);
  await page.getByLabel('Password').fill('orange tugboat whistles loudly');
  await page.getByRole('button', { name: 'Continue' }).click();
  return { login, key: await enrolAuthenticator(page) };
}
