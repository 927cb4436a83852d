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

// The services' shared inbox in the tests: Harbour's alerts go to this address at the test mailbox, which keeps
// each message as a file in MAIL_DIR.
export const HARBOUR_INBOX = 'harbour-inbox@services.test';
export const MAIL_DIR = `${__dirname}/.data/mail`;
// The test server's clock runs ahead of the real one by the number of seconds in this file (read every second;
// only because the test configuration sets WAYMARK_TEST_CLOCK=1).
export const CLOCK_FILE = `${__dirname}/.data/clock`;
