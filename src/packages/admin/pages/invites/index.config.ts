export default definePageConfig({ navigationBarTitleText: '邀请与单位', enablePullDownRefresh: true });
