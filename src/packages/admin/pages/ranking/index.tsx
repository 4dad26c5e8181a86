import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { STATUS_LABELS, type NominationStatus } from '../../../../../domain/status/machine';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';
import { withPageShell } from '../../../../components/page-shell';

interface Ranking {
  criteria: { key: string; label: string; weight: number }[];
  items: {
    id: string;
    name: string;
    unitName: string;
    status: NominationStatus;
    average: number | null;
    count: number;
    experts: { expertId: string; name: string; state: string | null; total: number | null }[];
  }[];
}

const EXPERT_STATE: Record<string, string> = { draft: '暂存', abstained: '回避' };

/** Accepted nominations by weighted average score, with each expert's total: what the admin decides from. */
function RankingPage() {
  const ranking = useCall(() => callFunction<Ranking>('review', 'ranking'), []);
  usePullDownRefresh(() => {
    ranking.reload();
    Taro.stopPullDownRefresh();
  });
  const r = ranking.data;
  if (ranking.error) return <Text className='error-text'>{ranking.error.message}</Text>;
  if (!r) return <Text className='muted'>正在统计…</Text>;
  return (
    <View className='page'>
      <Text className='muted ranking__note'>
        加权平均分（{r.criteria.map((c) => `${c.label} ${Math.round(c.weight * 100)}%`).join('，')}），只计已提交的评分。
      </Text>
      {r.items.length === 0 && <Text className='muted ranking__note'>还没有通过形式审查的推荐。</Text>}
      {r.items.map((item, i) => (
        <View
          key={item.id}
          className='card ranking__item'
          onClick={() => Taro.navigateTo({ url: `/packages/review/pages/detail/index?id=${encodeURIComponent(item.id)}` })}
        >
          <View className='ranking__head'>
            <Text className='ranking__place'>{i + 1}</Text>
            <View className='ranking__who'>
              <Text className='ranking__name'>{item.name}</Text>
              <Text className='muted'>
                {item.unitName} · {STATUS_LABELS[item.status]}
              </Text>
            </View>
            <Text className='ranking__score'>{item.average ?? '—'}</Text>
          </View>
          <Text className='ranking__experts'>
            {item.experts.map((e) => `${e.name} ${e.total ?? (e.state ? (EXPERT_STATE[e.state] ?? '') : '未评')}`).join('　')}
          </Text>
        </View>
      ))}
    </View>
  );
}

export default withPageShell(RankingPage);
