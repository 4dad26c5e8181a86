import { Picker, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from '../../../../../domain/audit/actions';
import { formatShanghai } from '../../../../../domain/time/shanghai';
import { AppButton } from '../../../../components/app-button';
import { SearchBox } from '../../../../components/search-box';
import { withPageShell } from '../../../../components/page-shell';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';

interface LogItem {
  id: string;
  at: string;
  label: string;
  summary: string;
  actorName: string;
  actorRole: string | null;
  nominationLabel: string | null;
}
interface LogPage {
  items: LogItem[];
  nextCursor: string | null;
}
interface Person {
  id: string;
  name: string;
  roleLabel: string;
}

const ACTIONS = [{ key: '', label: '全部操作' }, ...AUDIT_ACTIONS.map((key) => ({ key, label: AUDIT_ACTION_LABELS[key] }))];

/** The admin's activity log: every logged change and exit of personal data, by person, action and nomination. */
function ActivityLogPage() {
  const [person, setPerson] = useState(0);
  const [actionIndex, setActionIndex] = useState(0);
  const [q, setQ] = useState('');
  const [more, setMore] = useState<LogItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const loading = useRef(false);
  const people = useCall(() => callFunction<{ items: Person[] }>('admin', 'people'), []);
  const choices = [{ id: '', name: '全部人员', roleLabel: '' }, ...(people.data?.items ?? [])];
  const filters = {
    ...(choices[person]?.id ? { actorId: choices[person].id } : {}),
    ...(ACTIONS[actionIndex].key ? { auditAction: ACTIONS[actionIndex].key } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  };
  const first = useCall(async () => {
    const page = await callFunction<LogPage>('admin', 'activityLog', filters);
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [person, actionIndex, q]);
  const loadMore = async () => {
    if (!cursor || loading.current) return;
    loading.current = true;
    try {
      const page = await callFunction<LogPage>('admin', 'activityLog', { ...filters, cursor });
      setMore((items) => [...items, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      loading.current = false;
    }
  };
  usePullDownRefresh(() => {
    first.reload();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => {
    loadMore();
  });
  const items = [...(first.data?.items ?? []), ...more];
  return (
    <View className='page'>
      <View className='log-filters'>
        <Picker
          mode='selector'
          range={choices.map((c) => (c.roleLabel ? `${c.name}（${c.roleLabel}）` : c.name))}
          value={person}
          onChange={(e) => setPerson(Number(e.detail.value))}
        >
          <View className='log-filter'>{choices[person]?.name ?? '全部人员'} ▾</View>
        </Picker>
        <Picker
          mode='selector'
          range={ACTIONS.map((a) => a.label)}
          value={actionIndex}
          onChange={(e) => setActionIndex(Number(e.detail.value))}
        >
          <View className='log-filter'>{ACTIONS[actionIndex].label} ▾</View>
        </Picker>
      </View>
      <SearchBox placeholder='候选人、推荐单位或登记码' onSearch={setQ} />
      {first.error && <Text className='error-text'>{first.error.message}</Text>}
      {!first.loading && items.length === 0 && <Text className='muted empty'>没有符合条件的记录</Text>}
      {items.map((item) => (
        <View key={item.id} className='card log-item'>
          <View className='log-item__head'>
            <Text className='log-item__label'>{item.label}</Text>
            <Text className='muted'>{formatShanghai(item.at, 'M月D日 HH:mm')}</Text>
          </View>
          <Text className='log-item__who'>
            {item.actorName}
            {item.actorRole ? `（${item.actorRole}）` : ''}
          </Text>
          {item.nominationLabel && <Text className='muted'>{item.nominationLabel}</Text>}
          {item.summary && <Text className='muted'>{item.summary}</Text>}
        </View>
      ))}
      {cursor && (
        <AppButton className='primary-button load-more' onClick={loadMore}>
          加载更多
        </AppButton>
      )}
    </View>
  );
}

export default withPageShell(ActivityLogPage);
