import Taro from '@tarojs/taro';
import { toDeviceError } from './device-failure';
import { requireApi } from './require-api';

/** Copies `data` and says so; a refusal or an old WeChat gets its Chinese message and the manual way (`instead`). */
export async function copyText(data: string, copied: string, instead: string): Promise<boolean> {
  try {
    requireApi('copy', 'setClipboardData');
    await Taro.setClipboardData({ data });
  } catch (error) {
    await Taro.showModal({ title: '未能复制', content: `${toDeviceError('copy', error).message}${instead}`, showCancel: false });
    return false;
  }
  await Taro.showToast({ title: copied, icon: 'none' });
  return true;
}
