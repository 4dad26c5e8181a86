import { Input, Text, View } from '@tarojs/components';
import { AppButton } from '../../../../components/app-button';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { TEST_BADGE } from '../../../../../domain/demo/review-demo';
import { UNIT_TYPES } from '../../../../../domain/lists/unit-types';
import { STATUS_LABELS, type NominationStatus } from '../../../../../domain/status/machine';
import { useCampaign } from '../../../../features/campaign/use-campaign';
import { SubscribePrompt } from '../../../../features/inbox/subscribe-prompt';
import { DuplicateFlag, type MyProgress, MyScoreFilter, MyScoreMark } from '../../../../features/review/my-score-filter';
import type { MyScore } from '../../../../../domain/review/assignments';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';
import { withPageShell } from '../../../../components/page-shell';

interface ReviewItem {
  id: string;
  unitName: string;
  status: NominationStatus;
  name: string;
  idNumber?: string;
  phone?: string;
  submittedAt: string | null;
  /** The review demo's test nomination (WeChat's 审核): counts nowhere. */
  test?: boolean;
  /** An expert's own mark; the duplicate flag for staff and the admin. */
  myScore?: MyScore;
  duplicateUnits?: string[];
}

interface ReviewPage {
  counts: Record<string, number>;
  items: ReviewItem[];
  nextCursor: string | null;
  mine?: MyProgress;
}

function ReviewListPage() {
  const [status, setStatus] = useState<NominationStatus | undefined>(undefined);
  const [category, setCategory] = useState<string | undefined>(undefined);
  const [unitType, setUnitType] = useState<string | undefined>(undefined);
  const [q, setQ] = useState('');
  const [myScore, setMyScore] = useState<MyScore | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [more, setMore] = useState<ReviewItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const campaign = useCampaign();
  const filters = {
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(unitType ? { unitType } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(myScore ? { myScore } : {}),
  };
  const first = useCall(async () => {
    const page = await callFunction<ReviewPage>('review', 'list', filters);
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [status, category, unitType, q, myScore]);
  usePullDownRefresh(() => {
    first.reload();
    Taro.stopPullDownRefresh();
  });
  const loadMore = async () => {
    if (!cursor) return;
    const page = await callFunction<ReviewPage>('review', 'list', { ...filters, cursor });
    setMore((items) => [...items, ...page.items]);
    setCursor(page.nextCursor);
  };
  const counts = first.data?.counts ?? {};
  const items = [...(first.data?.items ?? []), ...more];
  return (
    <View className='page'>
      {/* Staff hear of new submissions, experts of material to score; the admin has no template. */}
      <SubscribePrompt keys={['submitted', 'scoringOpen']} hint='有新材料时，用微信提醒您' />
      {first.data?.mine && <MyScoreFilter mine={first.data.mine} value={myScore} onChange={setMyScore} />}
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
      <View className='filters'>
        {(campaign.data?.categories ?? []).map((c) => (
          <Text
            key={c.key}
            className={`filter filter--small ${category === c.key ? 'filter--on' : ''}`}
            onClick={() => setCategory(category === c.key ? undefined : c.key)}
          >
            {c.label}
          </Text>
        ))}
        {UNIT_TYPES.map((t) => (
          <Text
            key={t.key}
            className={`filter filter--small ${unitType === t.key ? 'filter--on' : ''}`}
            onClick={() => setUnitType(unitType === t.key ? undefined : t.key)}
          >
            {t.label}
          </Text>
        ))}
      </View>
      <Input
        className='search'
        placeholder='搜索推荐单位或候选人姓名'
        value={typed}
        confirmType='search'
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={() => setQ(typed)}
        onBlur={() => setQ(typed)}
      />
      {first.error && <Text className='error-text'>{first.error.message}</Text>}
      {!first.loading && items.length === 0 && (
        <Text className='muted empty'>
          {status || category || unitType || q || myScore
            ? '暂无推荐材料：没有符合筛选条件的材料，可改选「全部」或清空搜索'
            : '暂无推荐材料：推荐单位提交后会出现在这里'}
        </Text>
      )}
      {items.map((item) => (
        <View
          key={item.id}
          className='card review-item'
          onClick={() => Taro.navigateTo({ url: `/packages/review/pages/detail/index?id=${encodeURIComponent(item.id)}` })}
        >
          <View className='review-item__head'>
            <Text className='review-item__name'>
              {item.name || '（未填写姓名）'}
              {item.test && <Text className='review-item__test'>{TEST_BADGE}</Text>}
            </Text>
            <Text className='review-item__status'>
              {STATUS_LABELS[item.status]}
              {item.myScore && <MyScoreMark state={item.myScore} />}
            </Text>
          </View>
          <Text className='muted'>{item.unitName}</Text>
          <DuplicateFlag units={item.duplicateUnits ?? []} />
          {item.idNumber && (
            <Text className='muted'>
              身份证号 {item.idNumber}　电话 {item.phone ?? '—'}
            </Text>
          )}
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

export default withPageShell(ReviewListPage);
