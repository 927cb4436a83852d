// The guides in Chromium, with and without JavaScript: browse, filter by topic and by who a guide is for,
// search, work through a guide a step at a time, the breathing exercise, the wellbeing check-in, what a
// signed-in reader keeps and what an anonymous reader does not, and axe on the index and every step.
import { expect, expectNoAxeViolations, jsEnabled, showFilters, standInForExitSite, test, watchForProblems } from './support';
import { registerQuickly } from './people';
import { BSL_FIXTURE, HOSTED_BSL_FIXTURE } from '../fixture';
import type { Page } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

const results = (page: Page) => page.locator('.wm-guide-list > li');

/** Follows the Next links from the step shown to the last one, returning the address of every step seen. */
async function readToTheEnd(page: Page, audit = false): Promise<string[]> {
  const seen = [page.url()];
  if (audit) await expectNoAxeViolations(page);
  for (;;) {
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page.locator('.wm-danger-line')).toHaveText('If you are in danger now, call 999.');
    seen.push(page.url());
    if (audit) await expectNoAxeViolations(page);
  }
  return seen;
}

test('browse, filter and search the guides', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Guides' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('22 guides');
  await expect(results(page)).toHaveCount(22);
  await expect(results(page).first()).toContainText(/minutes? to read/);
  await expectNoAxeViolations(page);

  // A topic filter is a plain link whose address carries a neutral code, not the topic's name.
  const filters = page.getByRole('navigation', { name: 'Filter the guides' });
  await showFilters(page);
  await filters.getByRole('link', { name: 'Fraud, scams and online crime' }).click();
  await showFilters(page);
  await expect(page).toHaveURL(/\/guides\?topic=[a-z0-9]{5}$/);
  expect(page.url()).not.toMatch(/fraud/i);
  await expect(filters.getByRole('link', { name: 'Fraud, scams and online crime' })).toHaveAttribute('aria-current', 'page');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Fraud, scams and online crime');
  await expectNoAxeViolations(page);

  // Guides for people supporting someone, including the guide written for everyone.
  await filters.getByRole('link', { name: 'People supporting someone' }).click();
  await showFilters(page);
  await expect(page).toHaveURL(/\/guides\?for=supporters$/);
  const titles = await results(page).locator('h2').allTextContents();
  // The guides written for supporters, and those written for everyone (the newer guides speak to both), but
  // not every guide.
  expect(titles).toEqual(
    expect.arrayContaining([
      'Hate crime and hate incidents',
      'Looking after yourself while you support someone',
      'Supporting someone after crime',
    ]),
  );
  expect(titles.length).toBeLessThan(22);

  // Search words are posted, so they never appear in the address or the history.
  await page.getByLabel('Search the guides').fill('sleep');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides about “sleep”');
  await expect(page).toHaveURL(/\/guides$/);
  await expect(results(page).filter({ hasText: 'Sleeping after crime' })).toHaveCount(1);
  await expect(page.getByLabel('Search the guides')).toHaveValue('sleep');
  await expectNoAxeViolations(page);

  await page.getByLabel('Search the guides').fill('xylophone quartz');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText('No guides found. Try other words, or choose another topic.');
  await expect(results(page)).toHaveCount(0);

  // The words people use find the guides that use others.
  await page.getByLabel('Search the guides').fill('burgled');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(results(page).filter({ hasText: 'Feeling safe at home' })).toHaveCount(1);
  await page.getByLabel('Search the guides').fill('abusive partner');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(results(page)).not.toHaveCount(0);
  await expect(results(page).filter({ hasText: 'Sleeping after crime' })).toHaveCount(0);
});

test('on a phone the guides and the way to ask for support come near the top', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/guides');
  // It started about 1,700 pixels down, below fifteen filter links.
  const first = await results(page).first().boundingBox();
  expect(first!.y).toBeLessThan(1100);
  // The filters are one tap away, folded.
  const filter = page.locator('.wm-filter-details').getByRole('link', { name: 'Fraud, scams and online crime' });
  await expect(filter).toBeHidden();
  await page.locator('.wm-filter-details__summary').click();
  await expect(filter).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/');
  const ask = await page.getByRole('link', { name: /Ask a support service to contact you/ }).first().boundingBox();
  expect(ask!.y).toBeLessThan(844);
  await page.goto('/services');
  const service = await page.locator('.wm-service').first().boundingBox();
  expect(service!.y).toBeLessThan(1200);
});

test('an anonymous reader works through a guide and nothing is kept', async ({ page, context }, testInfo) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page).toHaveTitle(/^Guide/);
  await expect(page.locator('.wm-danger-line')).toHaveText('If you are in danger now, call 999.');
  await expect(page.getByText(/Step 1 of \d+/)).toBeVisible();
  await expectNoAxeViolations(page);

  const steps = await readToTheEnd(page);
  expect(steps.length).toBeGreaterThan(3);
  await expect(page.getByRole('heading', { name: 'Where this information comes from' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Talk to someone' }).first()).toBeVisible();

  // Previous and the contents list take the reader back.
  await page.locator('a[rel="prev"]').click();
  expect(page.url()).toBe(steps[steps.length - 2]);
  await page.locator('.wm-contents__item a').first().click();
  await expect(page.getByText(/Step 1 of \d+/)).toBeVisible();

  // A checklist can be ticked, but an anonymous reader is told the ticks are not kept.
  await page.goto(steps[2]);
  await expect(page.getByText('Your ticks are not saved.', { exact: false })).toBeVisible();
  await page.getByLabel('Have a warm bath or shower').check();
  await expect(page.getByRole('button', { name: 'Save my ticks' })).toHaveCount(0);

  // The breathing exercise: written steps for everyone, the animation only where it can run.
  const breathing = page.locator('.wm-breathing');
  await expect(page.getByText('Breathe in gently through your nose while you count to 4.')).toBeVisible();
  if (jsEnabled(testInfo)) {
    const start = breathing.getByRole('button', { name: 'Start' });
    await expect(start).toBeVisible();
    await start.click();
    await expect(breathing.locator('.wm-breathing__cue')).toHaveText('Breathe in');
    await expect(breathing.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-pressed', 'true');
    await expect(breathing.locator('.wm-breathing__cue')).toHaveText('Hold', { timeout: 6_000 });
    await breathing.getByRole('button', { name: 'Stop' }).click();
    await expect(breathing.locator('.wm-breathing__cue')).toHaveText('When you are ready, press Start and follow the circle.');
  } else {
    await expect(breathing).toBeHidden();
  }

  // Nothing about the reading is kept: no cookies, nothing in the browser's storage.
  expect(await context.cookies()).toEqual([]);
  if (jsEnabled(testInfo)) {
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  }
});

test('the check-in points to people to talk to when the impact is high', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Check in with a few questions first' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How are you doing?' })).toBeVisible();
  await expect(page.getByText('Your answers are not saved anywhere.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Light answers: the guides are a good place to start.
  await page.getByRole('group', { name: /affecting your sleep/ }).getByLabel('A little').check();
  await page.getByRole('button', { name: 'See what might help' }).click();
  await expect(page.getByRole('heading', { name: 'The guides may help' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Heavy answers: say plainly the guides are for a low to moderate impact and offer people first.
  await page.goto('/guides/check-in');
  await page.getByRole('group', { name: /affecting your sleep/ }).getByLabel('A lot', { exact: true }).check();
  await page.getByRole('group', { name: /day-to-day life/ }).getByLabel('A lot', { exact: true }).check();
  await page.getByRole('group', { name: /feelings about it/ }).getByLabel('Quite a lot').check();
  await page.getByRole('button', { name: 'See what might help' }).click();
  await expect(page.getByRole('heading', { name: 'It sounds like this is affecting you a lot' })).toBeVisible();
  await expect(page.getByText('meant for people for whom the effects are low to moderate')).toBeVisible();
  // A person to talk to: a service that gets in touch, or one to contact.
  await expect(page.getByRole('link', { name: 'Ask a support service to contact you, in the way that is safe for you' })).toHaveAttribute('href', '/request');
  await expect(page.getByRole('link', { name: 'See local and national services you can contact yourself' })).toHaveAttribute('href', '/services');
  await expectNoAxeViolations(page);

  // Not feeling very safe is not a matter for the guides alone.
  await page.goto('/guides/check-in');
  await page.getByRole('group', { name: /How safe do you feel/ }).getByLabel('Not very safe').check();
  await page.getByRole('button', { name: 'See what might help' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You deserve to feel safe');
  await expect(page.getByRole('link', { name: '0808 2000 247' })).toBeVisible();
  await page.getByRole('link', { name: 'Ask a support service to contact you, in the way that is safe for you' }).click();
  await expect(page).toHaveURL(/\/request$/);

  // Nothing answered: no pretending to have read the answers.
  await page.goto('/guides/check-in');
  await page.getByRole('button', { name: 'See what might help' }).click();
  await expect(page.getByText('You did not answer the questions')).toBeVisible();
  await expect(page.getByText(/From your answers/)).toHaveCount(0);

  // Thoughts of self-harm come first, with numbers to call now.
  await page.goto('/guides/check-in');
  await page.getByRole('group', { name: /ending your life/ }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'See what might help' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please talk to someone now');
  await expect(page.getByText('Call Samaritans free on 116 123, at any time.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a signed-in reader keeps ticks, reflections, check-ins and their place', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await registerQuickly(page, `reader ${testInfo.project.name} ${Date.now()}`);

  // Ticks are saved and come back.
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await page.locator('.wm-contents__item a', { hasText: 'Winding down before bed' }).click();
  await page.getByLabel('Have a warm bath or shower').check();
  await page.getByLabel('Make your bedroom dark, quiet and not too warm').check();
  await page.getByRole('button', { name: 'Save my ticks' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Have a warm bath or shower')).toBeChecked();
  await expect(page.getByLabel('Make your bedroom dark, quiet and not too warm')).toBeChecked();
  await expect(page.getByLabel('Read something gentle or listen to calm music')).not.toBeChecked();

  // The guides page and the home page offer to continue where the reader left off.
  await page.goto('/guides');
  await expect(page.getByText('Continue where you left off:')).toBeVisible();
  await page.locator('.wm-inset-text').getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.locator('.wm-contents__item a[aria-current="step"]')).toHaveText('Winding down before bed');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sleeping after crime' })).toBeVisible();

  // A reflection goes to the private diary.
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Coping with difficult feelings' }).click();
  await page.locator('.wm-contents__item a', { hasText: 'Noticing how you are doing' }).click();
  const reflection = page.locator('.wm-reflect textarea');
  await page.getByRole('button', { name: 'Save to my diary' }).click();
  await expect(page.getByText('Write something to save, or carry on reading.')).toBeVisible();
  await reflection.fill('Walking the dog helps me most.');
  await page.getByRole('button', { name: 'Save to my diary' }).click();
  await expect(page.getByText('Your reflection has been saved to your diary.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('banner').getByRole('link', { name: 'Your diary' }).click();
  await expect(page.locator('article.wm-diary-entry').first()).toContainText('Walking the dog helps me most.');

  // Check-ins are kept with the diary and can be seen over time.
  await page.goto('/guides/check-in');
  await expect(page.getByText('Your answers are saved privately with your diary')).toBeVisible();
  await page.getByRole('group', { name: /affecting your sleep/ }).getByLabel('Quite a lot').check();
  await page.getByRole('group', { name: /safe do you feel/ }).getByLabel('Mostly safe').check();
  await page.getByRole('button', { name: 'See what might help' }).click();
  await page.getByRole('link', { name: 'See your earlier answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your earlier answers' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Quite a lot');
  await expect(page.getByRole('table')).toContainText('Mostly safe');
  await expectNoAxeViolations(page);
});

test('every step of every guide passes axe', async ({ page }, testInfo) => {
  // The markup is the same with and without JavaScript; the audit runs once, in the browser with JavaScript,
  // where the breathing animation is visible too.
  test.skip(!jsEnabled(testInfo), 'audited in the with-js project');
  test.setTimeout(600_000);
  // Nothing is fetched from another website while reading (videos open only when chosen).
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(testInfo.project.use.baseURL ?? '')) elsewhere.push(r.url());
  });
  await page.goto('/guides');
  const links = await results(page).locator('h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toHaveLength(22);
  for (const link of links) {
    await page.goto(link);
    await expect(page.getByRole('region', { name: 'British Sign Language (BSL)' })).toBeVisible();
    const steps = await readToTheEnd(page, true);
    expect(steps.length, link).toBeGreaterThan(1);
  }
  expect(elsewhere).toEqual([]);
});

test('British Sign Language: the BSL page, the filter, and a BSL state on every guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'British Sign Language (BSL)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'British Sign Language (BSL)' })).toBeVisible();
  await expect(page.getByText(/999 BSL/).first()).toBeVisible();
  await expect(page.getByText(/call 18001 and then the number/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/guides');
  await showFilters(page);
  await page.getByRole('link', { name: 'Available in British Sign Language' }).click();
  await expect(page).toHaveURL(/\/guides\?bsl=1$/);
  await showFilters(page);
  await expect(page.getByRole('link', { name: 'Available in British Sign Language' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Sleeping after crime' }).click();
  await expect(page.getByText('There is no British Sign Language video of this guide yet.')).toBeVisible();
  await expect(page.getByText(/is coming/)).toHaveCount(0);
});

test('a BSL video loads nothing from its host until the reader chooses to play it', async ({ page }, testInfo) => {
  const base = testInfo.project.use.baseURL ?? '';
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) elsewhere.push(r.url());
  });
  // The player's host, and the video's own page, answered by stand-ins: nothing real is contacted.
  for (const host of ['https://www.youtube-nocookie.com/**', 'https://www.youtube.com/**']) {
    await page.context().route(host, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Player</title><p>Signed video</p>' }),
    );
  }
  const problems = watchForProblems(page);

  // The guide is listed under "available in BSL" and on the BSL page.
  await page.goto('/guides?bsl=1');
  await expect(results(page)).toHaveCount(2);
  await expect(results(page).filter({ hasText: BSL_FIXTURE.title })).toHaveCount(1);
  await expect(results(page).filter({ hasText: HOSTED_BSL_FIXTURE.title })).toHaveCount(1);
  await page.goto('/bsl');
  await page.getByRole('link', { name: BSL_FIXTURE.title }).click();

  const bsl = page.getByRole('region', { name: 'British Sign Language (BSL)' });
  await expect(bsl.getByText(BSL_FIXTURE.videoTitle)).toBeVisible();
  await expect(bsl.getByText('This video is on youtube.com. Nothing is loaded from there until you choose to play it')).toBeVisible();
  await bsl.getByText('Read what the video says').click();
  await expect(bsl.getByText('A test transcript of the signed video.')).toBeVisible();
  const play = bsl.getByRole('link', { name: 'Play the BSL video' });
  await expect(play).toHaveAttribute('href', BSL_FIXTURE.url);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(elsewhere, 'requests to other sites before playing').toEqual([]);

  if (jsEnabled(testInfo)) {
    // Chosen with the keyboard: the player loads in the page, takes focus, and only now is its host contacted.
    await play.focus();
    await page.keyboard.press('Enter');
    const player = bsl.locator('iframe');
    await expect(player).toHaveAttribute('src', BSL_FIXTURE.player);
    await expect(player).toHaveAttribute('title', `BSL video: ${BSL_FIXTURE.videoTitle}`);
    await expect(player).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/guides/`));
    await expect.poll(() => elsewhere).toContain(BSL_FIXTURE.player);
    await expect(bsl.getByRole('link', { name: 'Open the video on youtube.com instead' })).toHaveAttribute('href', BSL_FIXTURE.url);
    await expectNoAxeViolations(page);
    expect(problems, 'no policy violations or errors when the player loads').toEqual([]);
  } else {
    // Without JavaScript the same control opens the video on its host.
    await play.click();
    await expect(page).toHaveURL(BSL_FIXTURE.url);
  }
});
