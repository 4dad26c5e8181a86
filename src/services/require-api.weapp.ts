import Taro from '@tarojs/taro';
import type { DeviceAction } from '../../domain/privacy/device-messages';
import { DeviceError } from './device-failure';

/** Fails with `unsupported` when this WeChat has no such API: Taro proxies only what `wx` has, so it is absent. */
export function requireApi(action: DeviceAction, ...apis: string[]): void {
  const taro = Taro as unknown as Record<string, unknown>;
  if (apis.some((api) => typeof taro[api] !== 'function')) throw new DeviceError(action, 'unsupported');
}
