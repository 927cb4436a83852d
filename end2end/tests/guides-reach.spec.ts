// Reaching the people support reaches least, in Chromium with and without JavaScript: the new guides and their
// links to local services and to a request; a guide's own BSL video, served here, playing with its captions
// (and, without JavaScript, offered as a file with its transcript); the BSL page; the Deaf filter; and asking to
// be contacted in BSL, which sends the request to a service that can offer it.
import { expect, expectNoAxeViolations, jsEnabled, showFilters, standInForExitSite, test } from './support';
import { group, next } from './journey';
import { HOSTED_BSL_FIXTURE, SIGNING_SERVICE } from '../fixture';
import type { Page } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await standInForExitSite(page);
});

/** The new guides, each with the directory filter it should offer. */
const NEW_GUIDES: [string, string][] = [
  ['Domestic abuse: noticing it, staying safer and getting support', 'Harbour'],
  ['After rape or sexual assault: your choices', 'Arch'],
  ['Stalking and harassment', 'Victim Care and Advice Service (VCAS)'],
  ['After violence or an assault', 'Victim Care and Advice Service (VCAS)'],
  ['If you are 16 or 17', 'Childline'],
  ['Support for men', "Men's Advice Line"],
  ['For LGBTQ+ people: hate and abuse', 'Galop'],
  ['Honour-based abuse and forced marriage', 'The Halo Project'],
  ['For Deaf people: getting help in BSL', 'SignHealth'],
  ['If you are new to the UK, or English is not your first language', 'The Halo Project'],
];

/** Every link on every step of the guide open in `page`, from the first step to the last. */
/** Follows the "next" link and waits for the next step to load (not reading the old page meanwhile). */
async function goToNextStep(page: Page) {
  const href = (await page.locator('a[rel="next"]').getAttribute('href')) ?? '';
  await page.locator('a[rel="next"]').click();
  await page.waitForURL((url) => url.pathname === href);
}

async function linksOfWholeGuide(page: Page): Promise<string[]> {
  const hrefs: string[] = [];
  for (;;) {
    const main = page.getByRole('main');
    hrefs.push(...(await main.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
    const nextStep = page.locator('a[rel="next"]');
    if ((await nextStep.count()) === 0) return hrefs;
    await goToNextStep(page);
  }
}

test('the new guides are listed, and each leads to local services and to asking for support', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/guides');
  await expect(page.getByRole('status')).toHaveText('22 guides');
  for (const [title, service] of NEW_GUIDES) {
    await page.goto('/guides');
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // A neutral address and title, whatever the guide is about.
    expect(new URL(page.url()).pathname).toMatch(/^\/guides\/[a-z0-9]{5}$/);
    await expect(page).toHaveTitle('Guide – Waymark');
    const start = page.url();
    const hrefs = await linksOfWholeGuide(page);
    expect(hrefs, title).toContain('/request');
    const directory = hrefs.find((h) => /^\/services\?(what|who)=[a-z0-9]{5}/.test(h));
    expect(directory, `${title} links to the directory`).toBeTruthy();
    await page.goto(directory!);
    await expect(page.locator('.wm-service').filter({ hasText: service }).first(), `${title}: ${service}`).toBeVisible();
    if (title.startsWith('Domestic abuse')) {
      await page.goto(start);
      await expectNoAxeViolations(page);
    }
  }
});

test('the sexual violence guide explains the SARC without inventing time limits, and nothing promises silence', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'After rape or sexual assault: your choices' }).click();
  let text = '';
  for (;;) {
    text += (await page.locator('main .wm-prose').allTextContents()).join(' ').replace(/\s+/g, ' ');
    const nextStep = page.locator('a[rel="next"]');
    if ((await nextStep.count()) === 0) break;
    await goToNextStep(page);
  }
  expect(text).toContain('It is part of the NHS, not the police.');
  expect(text).toContain('It will help you whether or not you tell the police.');
  expect(text).toContain('It is best to have the check as soon as you can');
  // No exact forensic time limit is promised.
  expect(text).not.toMatch(/\b\d+\s*(days?|hours?)\b/);
  // Services may share without agreement when a child or someone else is at serious risk: said plainly.
  await page.goto('/request');
  await expect(page.getByText(/may have to share it without your agreement if they think a child is at risk/)).toBeVisible();
  await expect(page.getByText(/will not tell the police without asking you/)).toHaveCount(0);
});

test("a guide's own BSL video plays here with its captions; without JavaScript it is a file and a transcript", async ({ page }, testInfo) => {
  const base = testInfo.project.use.baseURL ?? '';
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) elsewhere.push(r.url());
  });
  // The BSL page says what is available in BSL now, and lists the guide.
  await page.goto('/bsl');
  await expect(page.getByText(/999 BSL/).first()).toBeVisible();
  await expect(page.getByText('Relay UK is for typing and reading, not for sign language.', { exact: false })).toBeVisible();
  await expect(page.getByText(/National Domestic Abuse Helpline offers this on weekdays/)).toBeVisible();
  await expect(page.getByText(/you will find it at the top of the guide's first page/)).toBeVisible();
  await expect(page.locator('.wm-service').filter({ hasText: 'Hartlepool Deaf Centre' })).toHaveCount(1);
  await expect(page.locator('.wm-service').filter({ hasText: 'SignHealth' })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: HOSTED_BSL_FIXTURE.title }).click();

  const bsl = page.getByRole('region', { name: 'British Sign Language (BSL)' });
  await expect(bsl.getByText(HOSTED_BSL_FIXTURE.videoTitle)).toBeVisible();
  await expect(bsl.getByText(/This video is kept on this website/)).toBeVisible();
  const video = bsl.locator('video');
  await expect(video).toHaveCount(1);
  const src = await video.locator('source').getAttribute('src');
  expect(src).toMatch(/^\/guides\/media\/[a-z0-9]{5}\.webm$/);
  const captions = video.locator('track[kind="captions"]');
  await expect(captions).toHaveAttribute('src', /^\/guides\/media\/[a-z0-9]{5}\.vtt$/);
  await expect(captions).toHaveAttribute('srclang', 'en');

  // The file itself, to download, and the transcript: with or without JavaScript.
  const download = bsl.getByRole('link', { name: 'Download the BSL video' });
  await expect(download).toHaveAttribute('href', src!);
  await bsl.getByText('Read what the video says').click();
  await expect(bsl.getByText(HOSTED_BSL_FIXTURE.transcript)).toBeVisible();
  // The file is served here, a part at a time when asked (so it can start playing before it has all arrived).
  const part = await page.request.get(src!, { headers: { Range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-type']).toBe('video/webm');
  expect(part.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
  expect((await part.body()).length).toBe(100);
  await expectNoAxeViolations(page);

  if (jsEnabled(testInfo)) {
    // Chromium plays it, with the English captions loaded and showing. (The page's Permissions-Policy allows no
    // autoplay, so playing starts from the reader's own click, as it would for a person.)
    await video.click();
    const played = await video.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      const track = v.querySelector('track') as HTMLTrackElement;
      await v.play();
      await new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (v.currentTime > 0 && track.readyState === 2) resolve();
          else if (Date.now() - started > 10_000) reject(new Error(`time ${v.currentTime}, track ${track.readyState}`));
          else setTimeout(check, 50);
        };
        check();
      });
      v.pause();
      return {
        time: v.currentTime,
        error: v.error?.code ?? 0,
        tracks: v.textTracks.length,
        mode: v.textTracks[0]?.mode,
        cues: v.textTracks[0]?.cues?.length ?? 0,
        track: track.readyState,
      };
    });
    expect(played.error).toBe(0);
    expect(played.time).toBeGreaterThan(0);
    expect(played.tracks).toBe(1);
    expect(played.mode).toBe('showing');
    expect(played.track).toBe(2);
    expect(played.cues).toBe(2);
  }
  expect(elsewhere).toEqual([]);
});

test('the Deaf filter finds the services that offer British Sign Language', async ({ page }) => {
  await page.goto('/services');
  await showFilters(page);
  await page.getByRole('navigation', { name: 'Filter the services' }).getByRole('link', { name: /^Deaf/ }).click();
  for (const name of ['SignHealth', 'Hartlepool Deaf Centre', 'National Domestic Abuse Helpline']) {
    await expect(page.locator('.wm-service').filter({ hasText: name }).first(), name).toBeVisible();
  }
  await expect(page.locator('.wm-service').filter({ hasText: 'SignHealth' })).toContainText('Some of these details are still being checked');
});

test('someone who asks to be contacted in BSL is sent to a service that can offer it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/request');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Yes', { exact: true }).check();
  await next(page);
  await page.getByLabel('Myself').check();
  await next(page);
  await page.getByLabel('25 to 44', { exact: true }).check();
  await next(page);
  await page.getByLabel('Domestic abuse', { exact: true }).check();
  await next(page);
  await page.getByLabel('I would rather not say', { exact: true }).check();
  await next(page);
  await page.getByLabel('In the last month').check();
  await next(page);
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await page.getByLabel('Someone to talk to about how I feel').check();
  await next(page);
  // Language and access: BSL with an interpreter, or by video relay; Relay UK is said to be text, not signing.
  await expect(page.getByLabel('Relay UK or text relay (typing and reading, not sign language)')).toBeVisible();
  await expect(page.getByLabel('British Sign Language (BSL) by a video relay call')).toBeVisible();
  await page.getByLabel('British Sign Language (BSL) with an interpreter').check();
  await group(page, 'Would you like an interpreter?').getByLabel('Yes').check();
  await next(page);
  await expect(page.getByText(/You asked for British Sign Language\. The service will use the details below/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/What should the service call/).fill('Sam');
  await page.getByLabel('Text message').check();
  await page.getByLabel('Phone number').fill('07700 900123');
  await next(page);
  await group(page, 'Is it safe for the service to send text messages?').getByLabel('Yes').check();
  await group(page, 'Can the service say who they are?').getByLabel('No').check();
  await next(page);
  await next(page);
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
  await expect(page.getByText('British Sign Language (BSL) with an interpreter')).toBeVisible();
  // Domestic abuse from someone who would rather not say where they live goes to the widest-reaching service,
  // Harbour, unless they asked for BSL: then to the one that can offer it.
  await expect(page.getByText(`Your request will go to ${SIGNING_SERVICE.name}.`)).toBeVisible();

  // Without BSL, the request would go to Harbour.
  await page.getByRole('link', { name: 'Change Access needs' }).click();
  await page.getByLabel('British Sign Language (BSL) with an interpreter').uncheck();
  await next(page);
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
  await expect(page.getByText('Your request will go to Harbour.')).toBeVisible();
});
