import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { SubscribeKey, SubscribeOffer } from '../../../domain/notify/subscribe-keys';
import { ApiError, callFunction } from '../../services/api';
import { toDeviceError } from '../../services/device-failure';
import { useCall } from '../../services/use-call';
import { pickOffers } from './pick-offers';
import { requestSubscribe } from './request-subscribe';

interface Offers {
  offers: SubscribeOffer[];
  cap: number;
}

/**
 * The caller's subscribe offers of `keys` (default: all) and credits, and `ask`, which opens WeChat's dialog. `ask` must be
 * the tap handler itself: WeChat shows the dialog only from a tap, so nothing is awaited before it.
 */
export function useSubscriptions(keys?: readonly SubscribeKey[]) {
  const state = useCall(() => callFunction<Offers>('notify', 'subscriptions'), []);
  const [fresh, setFresh] = useState<Offers | undefined>(undefined);
  const data = fresh ?? state.data;
  const all = data?.offers ?? [];
  const offers = keys ? all.filter((o) => keys.includes(o.key)) : all;
  const asking = pickOffers(all, keys, data?.cap);
  const ask = async () => {
    const byId = new Map(asking.map((o) => [o.templateId, o.key]));
    let answers: Awaited<ReturnType<typeof requestSubscribe>>;
    try {
      answers = await requestSubscribe([...byId.keys()]);
    } catch (e) {
      // errCode 20004: the person switched subscribe messages off in the mini-program's settings.
      await Taro.showModal({ title: '未能订阅', content: toDeviceError('subscribe', e).message, showCancel: false });
      return;
    }
    if (!answers) {
      await Taro.showToast({ title: '此处无法订阅微信提醒', icon: 'none' });
      return;
    }
    const results = Object.fromEntries(Object.entries(answers).flatMap(([id, answer]) => (byId.has(id) ? [[byId.get(id), answer]] : [])));
    let next: Offers;
    try {
      next = await callFunction<Offers>('notify', 'subscribe', { results });
    } catch (e) {
      // WeChat counted the taps, we did not: say so rather than let the rejection go unseen.
      await Taro.showToast({ title: e instanceof ApiError ? e.message : '订阅未能保存，请稍后再试', icon: 'none' });
      return;
    }
    setFresh(next);
    const accepted = Object.values(results).filter((a) => a === 'accept').length;
    await Taro.showToast({ title: accepted ? `已订阅 ${accepted} 类提醒` : '未订阅，提醒只在消息页显示', icon: 'none' });
  };
  return { offers, asking, ask };
}
