export default definePageConfig({ navigationBarTitleText: '审查与评审人员', enablePullDownRefresh: true });
