import Taro from '@tarojs/taro';
import { PRIVACY_GUIDE_NAME, PRIVACY_STORAGE, privacySheetLines } from '../../../domain/privacy/privacy-guide';

/** Shows the whole guide as text where WeChat's own guide page does not exist (H5). */
export async function openPrivacyGuide(): Promise<void> {
  await Taro.showModal({
    title: PRIVACY_GUIDE_NAME,
    content: [...privacySheetLines(), PRIVACY_STORAGE].join('\n'),
    showCancel: false,
    confirmText: '知道了',
  });
}

/** Only WeChat has per-app permission switches to send the person to. */
export const canOpenSettings = false;

export async function openAppSettings(): Promise<void> {}
