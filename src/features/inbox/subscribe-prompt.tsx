import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import type { SubscribeKey } from '../../../domain/notify/subscribe-keys';
import { useSubscriptions } from './use-subscriptions';
import './subscribe-prompt.css';

/**
 * 「接收提醒」: asks WeChat for one message of each template that fits (at most 3). With
 * `detail`, also how many messages are left and what happens without them. Nothing for a role without templates.
 */
export function SubscribePrompt({ keys, hint, detail = false }: { keys?: readonly SubscribeKey[]; hint?: string; detail?: boolean }) {
  const s = useSubscriptions(keys);
  if (s.offers.length === 0) return null;
  const left = s.offers.reduce((n, o) => n + o.credits, 0);
  return (
    <View className='subscribe'>
      {detail && <Text className='subscribe__credits'>{left > 0 ? `还可接收 ${left} 条微信提醒` : '尚未订阅微信提醒'}</Text>}
      {hint && <Text className='subscribe__hint'>{hint}</Text>}
      {s.asking.length > 0 && (
        <View>
          <Text className='subscribe__hint'>
            微信提醒：{s.asking.map((o) => o.label).join('、')}
            {detail ? '（每点一次，每类可收 1 条）' : ''}
          </Text>
          <AppButton className='subscribe__button' size='mini' onClick={s.ask}>
            接收提醒
          </AppButton>
        </View>
      )}
      {detail && <Text className='subscribe__hint'>未订阅时，提醒只在消息页显示</Text>}
    </View>
  );
}
