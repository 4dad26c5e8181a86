export default definePageConfig({ navigationBarTitleText: '填写推荐' });
