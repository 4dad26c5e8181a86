export default definePageConfig({ navigationBarTitleText: '活动总览', enablePullDownRefresh: true });
