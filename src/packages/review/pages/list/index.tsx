import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { STATUS_LABELS, type NominationStatus } from '../../../../../domain/status/machine';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';

interface ReviewItem {
  id: string;
  unitName: string;
  status: NominationStatus;
  name: string;
  idNumber?: string;
  phone?: string;
  submittedAt: string | null;
}

interface ReviewPage {
  counts: Record<string, number>;
  items: ReviewItem[];
  nextCursor: string | null;
}

export default function ReviewListPage() {
  const [status, setStatus] = useState<NominationStatus | undefined>(undefined);
  const [more, setMore] = useState<ReviewItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const first = useCall(async () => {
    const page = await callFunction<ReviewPage>('review', 'list', status ? { status } : {});
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [status]);
  usePullDownRefresh(() => {
    first.reload();
    Taro.stopPullDownRefresh();
  });
  const loadMore = async () => {
    if (!cursor) return;
    const page = await callFunction<ReviewPage>('review', 'list', { ...(status ? { status } : {}), cursor });
    setMore((items) => [...items, ...page.items]);
    setCursor(page.nextCursor);
  };
  const counts = first.data?.counts ?? {};
  const items = [...(first.data?.items ?? []), ...more];
  return (
    <View className='page'>
      <View className='filters'>
        <Text className={`filter ${status ? '' : 'filter--on'}`} onClick={() => setStatus(undefined)}>
          全部
        </Text>
        {Object.entries(counts).map(([key, n]) => (
          <Text key={key} className={`filter ${status === key ? 'filter--on' : ''}`} onClick={() => setStatus(key as NominationStatus)}>
            {STATUS_LABELS[key as NominationStatus] ?? key} {n}
          </Text>
        ))}
      </View>
      {first.error && <Text className='error-text'>{first.error.message}</Text>}
      {!first.loading && items.length === 0 && <Text className='muted empty'>暂无推荐材料</Text>}
      {items.map((item) => (
        <View
          key={item.id}
          className='card review-item'
          onClick={() => Taro.navigateTo({ url: `/packages/review/pages/detail/index?id=${encodeURIComponent(item.id)}` })}
        >
          <View className='review-item__head'>
            <Text className='review-item__name'>{item.name || '（未填写姓名）'}</Text>
            <Text className='review-item__status'>{STATUS_LABELS[item.status]}</Text>
          </View>
          <Text className='muted'>{item.unitName}</Text>
          {item.idNumber && (
            <Text className='muted'>
              身份证号 {item.idNumber}　电话 {item.phone ?? '—'}
            </Text>
          )}
        </View>
      ))}
      {cursor && (
        <Button className='primary-button load-more' onClick={loadMore}>
          加载更多
        </Button>
      )}
    </View>
  );
}
