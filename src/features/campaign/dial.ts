import Taro from '@tarojs/taro';
import { toDeviceError } from '../../services/device-failure';

/** A dialer string: Beijing's area code for a bare 8-digit number, a pause before an extension. */
export function dialable(phone: string): string {
  const [main, extension] = phone.replace(/[^\d-]/g, '').split(/-(?=\d{1,6}$)/);
  const number = /^\d{8}$/.test(main) ? `010${main}` : main.replace(/-/g, '');
  return extension ? `${number},${extension}` : number;
}

/** Dials through WeChat; closing its dial sheet is no error, anything else says to dial by hand. */
export async function dial(phone: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber: dialable(phone) });
  } catch (error) {
    const problem = toDeviceError('call', error);
    if (problem.outcome !== 'cancelled')
      await Taro.showModal({ title: '未能拨打', content: `${problem.message}电话：${phone}`, showCancel: false });
  }
}
