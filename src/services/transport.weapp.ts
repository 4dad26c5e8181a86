import Taro from '@tarojs/taro';
import type { Reply } from '../../domain/api/envelope';
import type { Transport } from './transport';

/** WeChat cloud functions; the caller's identity travels with the call (OPENID), never in `data`. */
export const transport: Transport = async (name, event) => {
  const { result } = await Taro.cloud.callFunction({ name, data: event });
  return result as Reply;
};
