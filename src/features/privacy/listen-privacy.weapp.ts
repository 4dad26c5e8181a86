import Taro from '@tarojs/taro';
import { askPrivacy } from './privacy-gate';

/**
 * Routes WeChat's privacy requests to the sheet. Registered once: the listener is global and a second
 * registration replaces the first. A WeChat older than 2.32.3 has no such API and no gate to wait on.
 */
export function listenForPrivacy(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => askPrivacy(resolve));
}
