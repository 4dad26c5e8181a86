export default definePageConfig({ navigationBarTitleText: '横屏录制', pageOrientation: 'landscape' });
