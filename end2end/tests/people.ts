// People the tests need: a quick registration with two-factor enrolment, for tests about what an account keeps.
import { expect, type Page } from '@playwright/test';
import { base32Decode, now, totp } from './totp';

/** Registers a new account for oneself, enrols an authenticator and lands on the account page. */
export async function registerQuickly(page: Page, name: string) {
  await page.goto('/register/who');
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Password').fill('orange tugboat whistles loudly');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('I cannot scan the QR code').click();
  const key = (await page.getByTestId('totp-key').textContent()) ?? '';
  await page.getByLabel('Code from your authenticator app').fill(totp(base32Decode(key), now()));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I have saved my codes' }).click();
  await expect(page).toHaveURL(/\/account$/);
}
