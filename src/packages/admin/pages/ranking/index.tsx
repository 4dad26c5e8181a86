import { Text, Textarea, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { MY_SCORE_LABELS, type MyScore } from '../../../../../domain/review/assignments';
import { STATUS_LABELS, type NominationStatus } from '../../../../../domain/status/machine';
import { AppButton } from '../../../../components/app-button';
import { DuplicateFlag } from '../../../../features/review/my-score-filter';
import { ApiError, callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';
import { withPageShell } from '../../../../components/page-shell';

type Decision = 'recommended' | 'not_recommended';

interface ExpertRow {
  expertId: string;
  name: string;
  assigned: boolean;
  myScore: MyScore;
  total: number | null;
  scores: Record<string, number>;
  comment: string | null;
  outlier: boolean;
}

interface RankedItem {
  id: string;
  name: string;
  unitName: string;
  category: string | null;
  status: NominationStatus;
  version: number;
  average: number | null;
  count: number;
  spread: number | null;
  wideSpread: boolean;
  duplicateUnits: string[];
  decision: Decision | null;
  scoringComplete: boolean;
  pending: string[];
  experts: ExpertRow[];
}

interface Ranking {
  criteria: { key: string; label: string; weight: number }[];
  categories: { key: string; label: string; quota: number; nominations: number; recommended: number; drafted: number }[];
  outlierPoints: number;
  unpublished: number;
  items: RankedItem[];
}

const DRAFT_LABEL: Record<Decision, string> = { recommended: '拟推荐', not_recommended: '拟不推荐' };

/** One expert's scores by criterion and comment, with the admin's 重新开放 (with a reason). */
function ExpertScores({ item, e, criteria, onDone }: { item: RankedItem; e: ExpertRow; criteria: Ranking['criteria']; onDone(): void }) {
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const reopen = async () => {
    setError('');
    try {
      await callFunction('review', 'reopenScore', { nominationId: item.id, expertId: e.expertId, reason });
      setReopening(false);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '操作失败，请重试');
    }
  };
  const locked = e.myScore === 'final' || e.myScore === 'abstained';
  return (
    <View className={`ranking__expert ${e.outlier ? 'ranking__expert--outlier' : ''}`}>
      <Text className='ranking__expert-head'>
        {e.name}：{e.total ?? MY_SCORE_LABELS[e.myScore]}
        {e.outlier && <Text className='ranking__outlier'> 偏离</Text>}
        {!e.assigned && <Text className='muted'>（未分配）</Text>}
      </Text>
      {e.myScore === 'final' && (
        <Text className='ranking__criteria'>{criteria.map((c) => `${c.label} ${e.scores[c.key] ?? '—'}`).join(' · ')}</Text>
      )}
      {e.comment && (
        <Text className='ranking__comment'>
          {e.myScore === 'abstained' ? '回避原因' : '评语'}：{e.comment}
        </Text>
      )}
      {locked && (item.status === 'accepted' || item.status === 'scored') && !reopening && (
        <Text className='ranking__link' onClick={() => setReopening(true)}>
          重新开放评分
        </Text>
      )}
      {reopening && (
        <View>
          <Textarea
            className='ranking__reason'
            value={reason}
            placeholder='重新开放的原因（记入处理记录）'
            maxlength={300}
            onInput={(ev) => setReason(ev.detail.value)}
          />
          {error && <Text className='error-text'>{error}</Text>}
          <View className='action-row'>
            <AppButton size='mini' onClick={() => setReopening(false)}>
              取消
            </AppButton>
            <AppButton size='mini' className='plain-button' onClick={reopen}>
              确认重新开放
            </AppButton>
          </View>
        </View>
      )}
    </View>
  );
}

/** Accepted nominations by weighted average, per category tab with its quota: what the admin decides and publishes from. */
function RankingPage() {
  const ranking = useCall(() => callFunction<Ranking>('review', 'ranking'), []);
  const [tab, setTab] = useState<string | null>(null);
  const [error, setError] = useState('');
  usePullDownRefresh(() => {
    ranking.reload();
    Taro.stopPullDownRefresh();
  });
  const r = ranking.data;
  if (ranking.error) return <Text className='error-text'>{ranking.error.message}</Text>;
  if (!r) return <Text className='muted'>正在统计…</Text>;
  // Opens on the first category with nominations to rank.
  const current = r.categories.find((c) => c.key === tab) ?? r.categories.find((c) => c.nominations > 0) ?? r.categories[0];
  const items = r.items.filter((i) => i.category === current?.key);
  const act = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
      ranking.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试');
    }
  };
  const decide = (item: RankedItem, decision: Decision) =>
    act(() => callFunction('review', 'decide', { nominationId: item.id, version: item.version, decision }));
  const publish = async () => {
    const { confirm } = await Taro.showModal({
      title: '发布推荐结果',
      content: `将发布 ${r.unpublished} 项拟定的推荐决定并通知推荐单位，发布后不能修改。确定发布吗？`,
    });
    if (!confirm) return;
    await act(async () => {
      const done = await callFunction<{ published: number }>('review', 'publishDecisions');
      Taro.showToast({ title: `已发布 ${done.published} 项`, icon: 'success' });
    });
  };
  return (
    <View className='page'>
      <Text className='muted ranking__note'>
        加权平均分（{r.criteria.map((c) => `${c.label} ${Math.round(c.weight * 100)}%`).join('，')}），只计已提交的评分；
        三位以上专家时，与中位数相差超过 {r.outlierPoints} 分的评分标为「偏离」。
      </Text>
      <Text className='ranking__link ranking__note' onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/experts/index' })}>
        专家分配 ›
      </Text>
      <View className='filters ranking__tabs'>
        {r.categories.map((c) => (
          <Text key={c.key} className={`filter filter--small ${c.key === current?.key ? 'filter--on' : ''}`} onClick={() => setTab(c.key)}>
            {c.label}（{c.nominations}）
          </Text>
        ))}
      </View>
      {current && (
        <Text className='ranking__quota'>
          名额 {current.quota} 名：已推荐 {current.recommended}，拟推荐 {current.drafted}
          {current.recommended + current.drafted > current.quota ? '（超出名额，不能发布）' : ''}
        </Text>
      )}
      <View className='ranking__publish'>
        <Text className='muted'>待发布的推荐决定：{r.unpublished} 项</Text>
        {r.unpublished > 0 && (
          <AppButton size='mini' className='primary-button' onClick={publish}>
            发布推荐结果
          </AppButton>
        )}
      </View>
      {error && <Text className='error-text ranking__note'>{error}</Text>}
      {items.length === 0 && <Text className='muted ranking__note'>这个类别还没有通过形式审查的推荐。</Text>}
      {items.map((item, i) => (
        <View key={item.id} className='card ranking__item'>
          <View
            className='ranking__head'
            onClick={() => Taro.navigateTo({ url: `/packages/review/pages/detail/index?id=${encodeURIComponent(item.id)}` })}
          >
            <Text className='ranking__place'>{i + 1}</Text>
            <View className='ranking__who'>
              <Text className='ranking__name'>{item.name}</Text>
              <Text className='muted'>
                {item.unitName} · {STATUS_LABELS[item.status]}
                {item.decision && item.status === 'scored' ? ` · ${DRAFT_LABEL[item.decision]}（未发布）` : ''}
              </Text>
            </View>
            <Text className='ranking__score'>{item.average ?? '—'}</Text>
          </View>
          <DuplicateFlag units={item.duplicateUnits} />
          {item.spread !== null && (
            <Text className={item.wideSpread ? 'ranking__spread ranking__spread--wide' : 'ranking__spread'}>
              分差 {item.spread}
              {item.wideSpread ? '（分歧较大）' : ''}
            </Text>
          )}
          {item.pending.length > 0 && <Text className='ranking__pending'>未完成评分：{item.pending.join('、')}</Text>}
          {item.experts.map((e) => (
            <ExpertScores key={e.expertId} item={item} e={e} criteria={r.criteria} onDone={ranking.reload} />
          ))}
          {item.status === 'scored' && item.scoringComplete && (
            <View className='action-row'>
              <AppButton size='mini' className='plain-button' onClick={() => decide(item, 'not_recommended')}>
                拟不推荐
              </AppButton>
              <AppButton size='mini' className='primary-button' onClick={() => decide(item, 'recommended')}>
                拟推荐
              </AppButton>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}

export default withPageShell(RankingPage);
