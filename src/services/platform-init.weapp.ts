import Taro from '@tarojs/taro';
import { listenForPrivacy } from '../features/privacy/listen-privacy';

/** Connects the mini-program to its WeChat cloud environment before any function is called; routes privacy requests to the sheet. */
export function initPlatform(): void {
  listenForPrivacy();
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
}
