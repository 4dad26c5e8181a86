export default defineAppConfig({
  pages: ['pages/home/index', 'pages/nominate/index', 'pages/inbox/index', 'pages/sign-in/index', 'pages/capture/index'],
  // Reviewers' and the admin's pages are subpackages: a unit's contact never downloads them.
  subPackages: [
    { root: 'packages/review', pages: ['pages/list/index', 'pages/detail/index'] },
    {
      root: 'packages/admin',
      pages: [
        'pages/dashboard/index',
        'pages/ranking/index',
        'pages/invites/index',
        'pages/experts/index',
        'pages/activity/index',
        'pages/people/index',
      ],
    },
  ],
  // WeChat holds back every privacy API until the person agrees (the sheet answers onNeedPrivacyAuthorization).
  __usePrivacyCheck__: true,
  // Only the components a page renders are injected at start-up, not every one of the package.
  lazyCodeLoading: 'requiredComponents',
  // Keeps the invite and signed-in pages out of WeChat search (src/sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b4232f',
    navigationBarTitleText: '巾帼推荐',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f2ef',
  },
});
