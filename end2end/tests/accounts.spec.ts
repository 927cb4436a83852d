// Accounts in Chromium, with and without JavaScript: register → set up the authenticator (codes computed here
// from the key on the page) → sign out → sign in → recovery code → password reset → delete the account, with
// axe on every page; Back after signing out; the session timeout warning.
import { expect, expectNoAxeViolations, jsEnabled, standInForExitSite, test } from './support';
import { Authenticator, base32Decode, now, totp } from './totp';
import { registerQuickly } from './people';
import type { Page } from '@playwright/test';

const PASSWORD = 'orange tugboat whistles loudly';
const NEW_PASSWORD = 'quiet lantern meadow fox';

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

async function continueOn(page: Page, button = 'Continue') {
  await page.getByRole('button', { name: button }).click();
}

async function register(page: Page, name: string) {
  await page.goto('/register');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start now' }).or(page.getByRole('link', { name: 'Start now' })).click();

  await expect(page).toHaveURL(/\/register\/who$/);
  await continueOn(page);
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await page.getByLabel('Support for myself').check();
  await continueOn(page);

  await expect(page).toHaveURL(/\/register\/age$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('Yes').check();
  await continueOn(page);

  await expect(page).toHaveURL(/\/register\/details$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Password').fill('password1');
  await continueOn(page);
  await expect(page.locator('#password-error')).toContainText('too easy for someone to guess');
  await expect(page.getByLabel('Sign-in name')).toHaveValue(name);
  await expectNoAxeViolations(page);
  await page.getByLabel('Password').fill(PASSWORD);
  await continueOn(page);

  await expect(page).toHaveURL(/\/register\/authenticator$/);
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // On the phone with the app there is nothing to scan: the key is shown in full, and the entry's name explained.
  await expect(page.getByTestId('totp-key')).toBeVisible();
  await expect(page.getByText(/choose to enter a key, then copy this key and paste it in/)).toBeVisible();
  await expect(page.getByText(/anyone who looks through the app on your phone can still see the entry/)).toBeVisible();
  const key = (await page.getByTestId('totp-key').textContent()) ?? '';
  const secret = base32Decode(key);
  const enrolledAt = now();
  await page.getByLabel('Code from your authenticator app').fill(totp(secret, enrolledAt));
  await continueOn(page);

  await expect(page).toHaveURL(/\/register\/recovery-codes$/);
  await expectNoAxeViolations(page);
  const codes = await page.getByTestId('recovery-codes').locator('code').allTextContents();
  expect(codes).toHaveLength(10);
  await continueOn(page, 'I have saved my codes');

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('Your account is ready.')).toBeVisible();
  await expectNoAxeViolations(page);
  return { app: new Authenticator(secret, Math.floor(enrolledAt / 30)), codes };
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
}

async function passwordStep(page: Page, name: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\/code$/);
}

test('a new user registers, signs in with two factors, recovers, resets the password and deletes the account', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const name = `river ${testInfo.project.name} ${Date.now()}`;
  const account = await register(page, name);

  await signOut(page);
  await expectNoAxeViolations(page);

  // Sign in with the password and the next step's code.
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await passwordStep(page, name, PASSWORD);
  await expectNoAxeViolations(page);
  await page.getByLabel('Code from your authenticator app').fill(await account.app.nextCode());
  await continueOn(page);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Your account', exact: true })).toBeVisible();
  await signOut(page);

  // Sign in with a recovery code instead of the app.
  await passwordStep(page, name, PASSWORD);
  await page.getByRole('link', { name: 'Use a recovery code instead' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Enter a recovery code').fill(account.codes[0]);
  await continueOn(page);
  await expect(page).toHaveURL(/\/account$/);
  await signOut(page);

  // Forgotten password: name, a recovery code and a fresh authenticator code.
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Recovery code').fill(account.codes[1]);
  await page.getByLabel('Code from your authenticator app').fill(await account.app.nextCode());
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password has been reset' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The new password works (with another recovery code, as the latest app code is used up).
  await passwordStep(page, name, NEW_PASSWORD);
  await page.getByLabel('Code from your authenticator app').fill(account.codes[2]);
  await continueOn(page);
  await expect(page).toHaveURL(/\/account$/);

  // Delete the account after confirming it is the owner.
  await page.getByRole('link', { name: 'Delete your account' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Current password').fill(NEW_PASSWORD);
  await page.getByLabel('Code from your authenticator app, or a recovery code').fill(account.codes[3]);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account has been deleted' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/sign-in');
  await page.getByLabel('Sign-in name').fill(name);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#name-error')).toContainText('The sign-in name or password is not right');
});

test('the account pages pass axe and Back after signing out shows nothing personal', async ({ page }, testInfo) => {
  const name = `sam ${testInfo.project.name} ${Date.now()}`;
  await register(page, name);
  for (const link of ['Change your password', 'Set up your authenticator app again', 'Get new recovery codes']) {
    await page.goto('/account');
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/sign-in/help');
  await expectNoAxeViolations(page);
  await page.goto('/account');
  await signOut(page);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your account', exact: true })).toHaveCount(0);
  await expect(page).not.toHaveURL(/\/account$/);
});

test('someone under 16 is pointed to help for young people', async ({ page }) => {
  await page.goto('/register/who');
  await page.getByLabel('Support for me as I support someone else').check();
  await continueOn(page);
  await page.getByLabel('No').check();
  await continueOn(page);
  await expect(page.getByRole('heading', { name: 'You need to be 16 or over to have an account' })).toBeVisible();
  await expect(page.getByText('Childline')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a warning appears before the session times out, and staying signed in works', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'the warning needs JavaScript; without it the session simply ends');
  await page.clock.install();
  const name = `tess ${Date.now()}`;
  await register(page, name);
  await page.goto('/account');
  const dialog = page.getByRole('alertdialog', { name: 'You will be signed out soon' });
  await expect(dialog).toBeHidden();
  const keepAlive = page.waitForRequest((r) => r.url().endsWith('/account/keep-alive') && r.method() === 'POST');
  await page.clock.fastForward('25:01');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await keepAlive;
  await expect(dialog).toBeHidden();

  await page.clock.fastForward('30:01');
  await expect(page).toHaveURL(/\/signed-out\?reason=idle$/);
  await expect(page.getByRole('heading', { name: 'You have been signed out' })).toBeVisible();
});

test('the exit control signs the person out as they leave, with or without JavaScript', async ({ page, context }, testInfo) => {
  await registerQuickly(page, `exit ${Date.now()}`);
  await page.goto('/diary');
  await expect(page).toHaveURL(/\/diary$/);
  const cookie = (await context.cookies()).find((c) => c.name === '__Host-wm_session');
  expect(cookie).toBeDefined();
  // Without JavaScript (or tapped before the page's script has loaded) the control is a form that posts to
  // /exit; with JavaScript the island sends the same request as a beacon and leaves by itself.
  const exited = page.waitForRequest((r) => r.url().endsWith('/exit') && r.method() === 'POST');
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await exited;
  await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
  if (!jsEnabled(testInfo)) {
    // The form's answer cleared the cookie.
    expect((await context.cookies()).find((c) => c.name === '__Host-wm_session')).toBeUndefined();
  }
  // The diary no longer opens from this browser, even with the cookie restored: the session is gone on the
  // server (a beacon may arrive a moment after the page has left).
  await context.addCookies([cookie!]);
  await expect
    .poll(async () => (await page.request.get('/diary', { maxRedirects: 0 })).status(), { timeout: 5_000 })
    .toBe(303);
});

test("a supporter's account is their own, and its diary asks about them as a supporter", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/register/who');
  await expect(page.getByRole('group', { name: 'What will you use your account for?' })).toBeVisible();
  await expect(page.getByText('The account is always yours')).toBeVisible();
  await expect(page.getByText('This does not make an account for them')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Support for me as I support someone else').check();
  await continueOn(page);
  await page.getByLabel('Yes').check();
  await continueOn(page);
  await page.getByLabel('Sign-in name').fill(`supporter ${Date.now()}`);
  await page.getByLabel('Password').fill(PASSWORD);
  await continueOn(page);
  const key = (await page.getByTestId('totp-key').textContent()) ?? '';
  await page.getByLabel('Code from your authenticator app').fill(totp(base32Decode(key), now()));
  await continueOn(page);
  await page.getByRole('button', { name: 'I have saved my codes' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('Support for me as a supporter')).toBeVisible();
  await expect(page.getByRole('link', { name: /Guides for people supporting someone/ })).toHaveAttribute(
    'href',
    '/guides?for=supporters',
  );
  await page.goto('/diary');
  await expect(page.getByText('A private place to note how you are while you support someone')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Guides for people supporting someone' })).toBeVisible();
  await page.goto('/diary/new');
  await expect(page.getByText('How you are, how supporting them is going')).toBeVisible();
  await expectNoAxeViolations(page);
});
