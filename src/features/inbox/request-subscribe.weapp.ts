import Taro from '@tarojs/taro';
import { SUBSCRIBE_ANSWERS, type SubscribeAnswer } from '../../../domain/notify/subscribe-keys';
import type { SubscribeAnswers } from './request-subscribe';

const isAnswer = (value: unknown): value is SubscribeAnswer => (SUBSCRIBE_ANSWERS as readonly unknown[]).includes(value);

/** WeChat's one-time subscription dialog; its reply holds one answer per template id (and `errMsg`). */
export async function requestSubscribe(templateIds: string[]): Promise<SubscribeAnswers> {
  // entityIds is Alipay's field; Taro's type requires it, WeChat ignores it.
  const reply = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] })) as unknown as Record<string, unknown>;
  return Object.fromEntries(templateIds.flatMap((id) => (isAnswer(reply[id]) ? [[id, reply[id]]] : [])));
}
