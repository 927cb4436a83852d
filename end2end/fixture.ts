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
