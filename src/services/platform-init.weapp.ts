import Taro from '@tarojs/taro';

/** Connects the mini-program to its WeChat cloud environment before any function is called. */
export function initPlatform(): void {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
}
