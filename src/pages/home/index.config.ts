export default definePageConfig({ navigationBarTitleText: '巾帼推荐', enablePullDownRefresh: true });
