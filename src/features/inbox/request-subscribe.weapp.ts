import Taro from '@tarojs/taro';
import { SUBSCRIBE_ANSWERS, type SubscribeAnswer } from '../../../domain/notify/subscribe-keys';
import { requireApi } from '../../services/require-api';
import type { SubscribeAnswers } from './request-subscribe';

const isAnswer = (value: unknown): value is SubscribeAnswer => (SUBSCRIBE_ANSWERS as readonly unknown[]).includes(value);

/** WeChat's one-time subscription dialog; its reply holds one answer per template id (and `errMsg`). */
export async function requestSubscribe(templateIds: string[]): Promise<SubscribeAnswers> {
  requireApi('subscribe', 'requestSubscribeMessage');
  // Taro's type requires Alipay's entityIds, which WeChat's typings do not have: send WeChat's options only.
  const option = { tmplIds: templateIds } as Taro.requestSubscribeMessage.Option;
  const reply = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, unknown>;
  return Object.fromEntries(templateIds.flatMap((id) => (isAnswer(reply[id]) ? [[id, reply[id]]] : [])));
}
