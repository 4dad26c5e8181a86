import { Text, View } from '@tarojs/components';
import { AppButton } from '../../../../components/app-button';
import { SearchBox } from '../../../../components/search-box';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { TEST_BADGE } from '../../../../../domain/demo/review-demo';
import { UNIT_TYPES } from '../../../../../domain/lists/unit-types';
import { STATUS_LABELS, type NominationStatus } from '../../../../../domain/status/machine';
import { useCampaign } from '../../../../features/campaign/use-campaign';
import { SubscribePrompt } from '../../../../features/inbox/subscribe-prompt';
import { detailUrl } from '../../../../features/review/queue';
import { scanPaperForm } from '../../../../features/review/scan-paper';
import { useWhoami } from '../../../../features/session/use-whoami';
import { DuplicateFlag, type MyProgress, MyScoreFilter, MyScoreMark } from '../../../../features/review/my-score-filter';
import type { MyScore } from '../../../../../domain/review/assignments';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';
import { withPageShell } from '../../../../components/page-shell';

// Pages of 50, and the next one loads as the list reaches its end: #300 is six pages of scrolling, or one search away.
const PAGE_SIZE = 50;

interface ReviewItem {
  id: string;
  shortCode: string;
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
  total: number;
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
  const [more, setMore] = useState<ReviewItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [scanError, setScanError] = useState('');
  const loading = useRef(false);
  const shown = useRef(false);
  const campaign = useCampaign();
  const me = useWhoami();
  const filters = {
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(unitType ? { unitType } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(myScore ? { myScore } : {}),
  };
  const first = useCall(async () => {
    const page = await callFunction<ReviewPage>('review', 'list', { ...filters, limit: PAGE_SIZE });
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [status, category, unitType, q, myScore]);
  usePullDownRefresh(() => {
    first.reload();
    Taro.stopPullDownRefresh();
  });
  // Back from a record (after 通过, 退回 or 保存并下一条): the list and its counts are read again.
  useDidShow(() => {
    if (shown.current) first.reload();
    shown.current = true;
  });
  const loadMore = async () => {
    if (!cursor || loading.current) return;
    loading.current = true;
    try {
      const page = await callFunction<ReviewPage>('review', 'list', { ...filters, cursor, limit: PAGE_SIZE });
      setMore((items) => [...items, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      loading.current = false;
    }
  };
  useReachBottom(() => {
    loadMore();
  });
  const scan = async () => {
    setScanError('');
    try {
      const { id } = await scanPaperForm();
      Taro.navigateTo({ url: detailUrl(id, {}) });
    } catch (e) {
      setScanError(e instanceof Error ? e.message : '扫描二维码没有成功，请重试');
    }
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
      {me.data?.role === 'staff' && (
        <View className='scan-row'>
          <AppButton size='mini' className='plain-button' onClick={scan}>
            扫一扫纸质表
          </AppButton>
          <Text className='muted'>扫纸质表右下角的二维码，直接打开对应材料</Text>
        </View>
      )}
      {scanError && <Text className='error-text'>{scanError}</Text>}
      <SearchBox placeholder='搜索候选人、推荐单位或登记码' onSearch={setQ} />
      {first.error && <Text className='error-text'>{first.error.message}</Text>}
      {!first.loading && items.length === 0 && (
        <Text className='muted empty'>
          {status || category || unitType || q || myScore
            ? '暂无推荐材料：没有符合筛选条件的材料，可改选「全部」或清空搜索'
            : '暂无推荐材料：推荐单位提交后会出现在这里'}
        </Text>
      )}
      {items.map((item) => (
        <View key={item.id} className='card review-item' onClick={() => Taro.navigateTo({ url: detailUrl(item.id, filters) })}>
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
          <Text className='muted'>
            {item.unitName}　{item.shortCode}
          </Text>
          <DuplicateFlag units={item.duplicateUnits ?? []} />
          {item.idNumber && (
            <Text className='muted'>
              身份证号 {item.idNumber}　电话 {item.phone ?? '—'}
            </Text>
          )}
        </View>
      ))}
      {first.data && items.length > 0 && (
        <Text className='muted list-end'>
          已显示 {items.length} / {first.data.total} 条{cursor ? '，继续下滑加载' : ''}
        </Text>
      )}
      {cursor && (
        <AppButton className='primary-button load-more' onClick={loadMore}>
          加载更多
        </AppButton>
      )}
    </View>
  );
}

export default withPageShell(ReviewListPage);
