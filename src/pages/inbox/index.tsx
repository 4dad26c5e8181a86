import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { formatShanghai } from '../../../domain/time/shanghai';
import { SubscribePrompt } from '../../features/inbox/subscribe-prompt';
import { type InboxItem, useInbox } from '../../features/inbox/use-inbox';
import { callFunction } from '../../services/api';
import { useReloadOnReturn } from '../../services/use-reload-on-return';
import './index.css';
import { withPageShell } from '../../components/page-shell';

function InboxPage() {
  const inbox = useInbox(true);
  useReloadOnReturn(inbox.reload);
  usePullDownRefresh(() => {
    inbox.reload();
    Taro.stopPullDownRefresh();
  });
  const open = async (item: InboxItem) => {
    if (!item.readAt) await callFunction('notify', 'markRead', { ids: [item.id] }).catch(() => undefined);
    if (item.page) await Taro.navigateTo({ url: item.page });
    else inbox.reload();
  };
  const items = inbox.data?.items ?? [];
  return (
    <View className='page'>
      <SubscribePrompt detail />
      {(inbox.data?.unread ?? 0) > 0 && (
        <Text
          className='inbox__all'
          onClick={async () => {
            await callFunction('notify', 'markRead', { ids: 'all' });
            inbox.reload();
          }}
        >
          全部标为已读
        </Text>
      )}
      {inbox.error && <Text className='error-text'>{inbox.error.message}</Text>}
      {!inbox.loading && items.length === 0 && <Text className='muted inbox__empty'>暂无消息：推荐材料有新进展时，会在这里通知您</Text>}
      {items.map((item) => (
        <View key={item.id} className={`card inbox__item ${item.readAt ? '' : 'inbox__item--unread'}`} onClick={() => open(item)}>
          <Text className='inbox__title'>{item.title}</Text>
          <Text className='inbox__body'>{item.body}</Text>
          <Text className='inbox__time'>{formatShanghai(item.createdAt, 'M月D日 HH:mm')}</Text>
        </View>
      ))}
    </View>
  );
}

export default withPageShell(InboxPage);
