// Shared by the Playwright configuration and the tests: the stand-in BSL video that the configuration adds to
// one guide in the test server's copy of content/ (no real guide has a BSL video yet). Tests intercept every
// request to the player's host, so nothing real is contacted.
export const BSL_FIXTURE = {
  guide: 'looking-after-yourself',
  title: 'Looking after yourself while you support someone',
  url: 'https://www.youtube.com/watch?v=WmE2eFixture',
  player: 'https://www.youtube-nocookie.com/embed/WmE2eFixture',
  videoTitle: 'Looking after yourself (test video)',
};

// A guide with its own BSL video, served by Waymark from content/media: a tiny generated WebM (a moving
// coloured square, no sound) with a WebVTT captions track, both under end2end/fixtures.
export const HOSTED_BSL_FIXTURE = {
  guide: 'deaf-people',
  title: 'For Deaf people: getting help in BSL',
  video: 'fixtures/bsl-test.webm',
  captions: 'fixtures/bsl-test.vtt',
  videoTitle: 'Getting help in BSL (test video)',
  transcript: 'A test transcript of the guide in BSL.',
};

// In the tests, My Sisters Place says it can support people in BSL, so that routing's preference can be seen.
export const SIGNING_SERVICE = { slug: 'my-sisters-place', name: 'My Sisters Place' };

// The services' shared inbox in the tests: Harbour's alerts go to this address at the test mailbox, which keeps
// each message as a file in MAIL_DIR.
export const HARBOUR_INBOX = 'harbour-inbox@services.test';
export const MAIL_DIR = `${__dirname}/.data/mail`;
// The test server's clock runs ahead of the real one by the number of seconds in this file (read every second;
// only because the test configuration sets WAYMARK_TEST_CLOCK=1).
export const CLOCK_FILE = `${__dirname}/.data/clock`;
