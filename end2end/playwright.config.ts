// End-to-end tests in Debian's Chromium (never a downloaded browser). Every test runs twice: once with
// JavaScript (the islands hydrated from WebAssembly) and once without, as a person with JavaScript off, a very
// old phone or a failed download would use the portal.
import { defineConfig } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BSL_FIXTURE, CLOCK_FILE, HARBOUR_INBOX, HOSTED_BSL_FIXTURE, MAIL_DIR, SIGNING_SERVICE } from './fixture';
import { checkerServer } from './validator';

const port = Number(process.env.WAYMARK_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const mailPort = port + 2;
const root = path.resolve(__dirname, '..');
const dataDir = path.join(__dirname, '.data');
const binary = process.env.WAYMARK_BIN ?? path.join(root, 'target', 'release', 'waymark');
const contentDir = path.join(dataDir, 'content');

// The server reads a copy of content/ in which one guide has a BSL video (see fixture.ts), so the click-to-load
// player can be tested. Only the main process writes the copy (workers load this file too, after the server started).
if (process.env.TEST_WORKER_INDEX === undefined) {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  const guide = path.join(contentDir, 'en', 'guides', `${BSL_FIXTURE.guide}.md`);
  const text = fs.readFileSync(guide, 'utf8');
  const end = text.indexOf('\n+++', 3);
  const video = `\n[bsl]\nurl = "${BSL_FIXTURE.url}"\ntitle = "${BSL_FIXTURE.videoTitle}"\ntranscript = "A test transcript of the signed video."`;
  fs.writeFileSync(guide, text.slice(0, end) + video + text.slice(end));
  // Another guide carries its own BSL video and captions, served from content/media.
  fs.mkdirSync(path.join(contentDir, 'media'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, HOSTED_BSL_FIXTURE.video), path.join(contentDir, 'media', 'bsl-test.webm'));
  fs.copyFileSync(path.join(__dirname, HOSTED_BSL_FIXTURE.captions), path.join(contentDir, 'media', 'bsl-test.vtt'));
  const hosted = path.join(contentDir, 'en', 'guides', `${HOSTED_BSL_FIXTURE.guide}.md`);
  const hostedText = fs.readFileSync(hosted, 'utf8');
  const hostedEnd = hostedText.indexOf('\n+++', 3);
  const hostedVideo = `\n[bsl]\nfile = "media/bsl-test.webm"\ncaptions = "media/bsl-test.vtt"\ntitle = "${HOSTED_BSL_FIXTURE.videoTitle}"\ntranscript = "${HOSTED_BSL_FIXTURE.transcript}"`;
  fs.writeFileSync(hosted, hostedText.slice(0, hostedEnd) + hostedVideo + hostedText.slice(hostedEnd));
  const signing = path.join(contentDir, 'services', `${SIGNING_SERVICE.slug}.toml`);
  fs.writeFileSync(signing, fs.readFileSync(signing, 'utf8').replace('min_age = 16\n', 'min_age = 16\nbsl = true\n'));
  // Harbour (Hartlepool's domestic abuse service) gets a shared inbox, the test mailbox, and a contact promise,
  // so the alerts and the deadline marking can be seen end to end.
  const harbour = path.join(contentDir, 'services', 'harbour.toml');
  fs.writeFileSync(
    harbour,
    fs
      .readFileSync(harbour, 'utf8')
      .replace('receives_referrals = true\n', `receives_referrals = true\nalerts_to = "${HARBOUR_INBOX}"\ncontact_within_working_days = 2\n`),
  );
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.writeFileSync(CLOCK_FILE, '0');
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'off',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'with-js', use: { javaScriptEnabled: true } },
    // Without JavaScript on a phone-sized screen: the hardest case, and a common one.
    { name: 'without-js', use: { javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true } },
  ],
  // The portal, and the W3C Nu HTML checker that every page a test visits is sent to (see validator.ts).
  webServer: [
    {
      command: `"${binary}" serve`,
      cwd: root,
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        DATABASE_URL: `sqlite://${dataDir}/waymark.db`,
        WAYMARK_DATA_DIR: dataDir,
        WAYMARK_CONTENT_DIR: contentDir,
        // Every test sends from this machine's one address; the default (5 an hour) is tested on its own.
        WAYMARK_REQUESTS_PER_HOUR: '100',
        // Likewise for registrations (the default, 20 an hour, is tested in the integration tests).
        WAYMARK_REGISTRATIONS_PER_HOUR: '1000',
        // Alerts go to the test mailbox (below); the clock can be moved on by writing seconds to CLOCK_FILE.
        WAYMARK_SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
        WAYMARK_MAIL_FROM: 'Waymark <alerts@waymark.test>',
        WAYMARK_PUBLIC_ORIGIN: baseURL,
        WAYMARK_TEST_CLOCK: '1',
        WAYMARK_TEST_CLOCK_FILE: CLOCK_FILE,
        LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
        LEPTOS_SITE_ROOT: path.join(root, 'target', 'site'),
        LEPTOS_ENV: 'PROD',
        RUST_LOG: 'warn',
      },
    },
    checkerServer,
    // The services' shared inbox: a real SMTP server on loopback keeping each message as a file (mailbox.mjs).
    {
      command: `node "${path.join(__dirname, 'mailbox.mjs')}" ${mailPort} "${MAIL_DIR}"`,
      port: mailPort,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
