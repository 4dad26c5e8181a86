import Taro from '@tarojs/taro';
import type { SubscribeAnswers } from './request-subscribe';

/**
 * H5 runs only against the local runtime, which has no WeChat: a dialog in WeChat's words stands
 * in for its own, so the local app and the browser tests go through credits as a phone would.
 */
export async function requestSubscribe(templateIds: string[]): Promise<SubscribeAnswers> {
  const { confirm } = await Taro.showModal({
    title: '（本地模拟）订阅消息',
    content: `允许发送 ${templateIds.length} 类微信提醒，每类 1 条？`,
    confirmText: '允许',
    cancelText: '取消',
  });
  return Object.fromEntries(templateIds.map((id) => [id, confirm ? 'accept' : 'reject']));
}
