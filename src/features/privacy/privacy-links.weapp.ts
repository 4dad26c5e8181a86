import Taro from '@tarojs/taro';
import { PRIVACY_GUIDE_NAME, PRIVACY_STORAGE, privacySheetLines } from '../../../domain/privacy/privacy-guide';

const showAsText = () =>
  Taro.showModal({
    title: PRIVACY_GUIDE_NAME,
    content: [...privacySheetLines(), PRIVACY_STORAGE].join('\n'),
    showCancel: false,
    confirmText: '知道了',
  });

/** WeChat's page for the guide as published on 微信公众平台; the same text as a dialog on an older WeChat. */
export async function openPrivacyGuide(): Promise<void> {
  if (typeof Taro.openPrivacyContract !== 'function') {
    await showAsText();
    return;
  }
  await new Promise<void>((resolve) => {
    Taro.openPrivacyContract({
      success: () => resolve(),
      fail: () => {
        showAsText().then(() => resolve(), resolve);
      },
    });
  });
}

export const canOpenSettings = true;

/** The mini-program's own 设置 page, where a denied camera, microphone or album can be turned on. */
export async function openAppSettings(): Promise<void> {
  if (typeof Taro.openSetting !== 'function') return;
  await Taro.openSetting({}).then(
    () => undefined,
    () => Taro.showToast({ title: '无法打开设置，请在右上角「···」→「设置」中操作', icon: 'none' }),
  );
}
