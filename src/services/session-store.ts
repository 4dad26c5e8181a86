import Taro from '@tarojs/taro';

const KEY = 'jinguo.session';

/** The local runtime's sign-in token (H5 only; in WeChat the platform vouches for the caller). */
export function readSessionToken(): string | null {
  const value: unknown = Taro.getStorageSync(KEY);
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function writeSessionToken(token: string | null): void {
  if (token) Taro.setStorageSync(KEY, token);
  else Taro.removeStorageSync(KEY);
}
