import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { STATUS_LABELS, type NominationStatus } from '../../../../../domain/status/machine';
import { ExportPanel } from '../../../../features/admin/export-panel';
import { type MissingUnit, NotSubmittedList } from '../../../../features/admin/not-submitted-list';
import { useCampaign } from '../../../../features/campaign/use-campaign';
import { formatShanghai } from '../../../../../domain/time/shanghai';
import { PurgePanel } from '../../../../features/admin/purge-panel';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';
import { withPageShell } from '../../../../components/page-shell';

interface Dashboard {
  unitsTotal: number;
  unitsSubmitted: number;
  unitsReturned: number;
  byStatus: Record<string, number>;
  byUnitType: { type: string; label: string; total: number; submitted: number }[];
  byCategory: { key: string; label: string; count: number }[];
  paperReceived: number;
  notSubmitted: MissingUnit[];
}

function AdminDashboardPage() {
  const dashboard = useCall(() => callFunction<Dashboard>('review', 'dashboard'), []);
  const campaign = useCampaign();
  usePullDownRefresh(() => {
    dashboard.reload();
    Taro.stopPullDownRefresh();
  });
  const d = dashboard.data;
  if (dashboard.error) return <Text className='error-text'>{dashboard.error.message}</Text>;
  if (!d) return <Text className='muted empty'>正在统计…</Text>;
  const percent = d.unitsTotal ? Math.round((d.unitsSubmitted / d.unitsTotal) * 100) : 0;
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>报送进度</Text>
        <Text className='big-number'>
          {d.unitsSubmitted} / {d.unitsTotal}
        </Text>
        <Text className='muted'>已提交的推荐单位（{percent}%）</Text>
        <View className='bar'>
          <View className='bar__fill' style={{ width: `${percent}%` }} />
        </View>
        <View className='row'>
          <Text>退回修改、待重新提交</Text>
          <Text className='row__value'>{d.unitsReturned}</Text>
        </View>
        <View className='row'>
          <Text>尚未提交</Text>
          <Text className='row__value'>{d.notSubmitted.length}</Text>
        </View>
        <View className='row'>
          <Text>已收到纸质登记表</Text>
          <Text className='row__value'>{d.paperReceived}</Text>
        </View>
      </View>
      <View className='card'>
        <Text className='card__title'>按类别</Text>
        {d.byCategory.map((c) => (
          <View key={c.key} className='row'>
            <Text>{c.label}</Text>
            <Text className='row__value'>{c.count}</Text>
          </View>
        ))}
      </View>
      <NotSubmittedList
        units={d.notSubmitted}
        today={formatShanghai(campaign.data?.serverNow ?? Date.now(), 'YYYY-MM-DD')}
        onChanged={dashboard.reload}
      />
      <View className='card'>
        <Text className='card__title'>按状态</Text>
        {Object.keys(d.byStatus).length === 0 && <Text className='muted'>还没有单位开始填写；单位联系人登录填写后，这里按状态计数</Text>}
        {Object.entries(d.byStatus).map(([status, n]) => (
          <View key={status} className='row'>
            <Text>{STATUS_LABELS[status as NominationStatus] ?? status}</Text>
            <Text className='row__value'>{n}</Text>
          </View>
        ))}
      </View>
      <View className='card' onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/ranking/index' })}>
        <Text className='card__title'>评审排名 ›</Text>
        <Text className='muted'>按专家加权平均分排序，点开可作出推荐决定</Text>
      </View>
      <View className='card' onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/invites/index' })}>
        <Text className='card__title'>邀请与单位 ›</Text>
        <Text className='muted'>为推荐单位联系人、审查人员和评审专家生成邀请码；添加和修改推荐单位</Text>
      </View>
      <View className='card' onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/activity/index' })}>
        <Text className='card__title'>操作记录 ›</Text>
        <Text className='muted'>谁在何时做了什么：审查、评分、导出、查看完整个人信息等，可按人员、操作和推荐材料查找</Text>
      </View>
      <View className='card' onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/people/index' })}>
        <Text className='card__title'>审查与评审人员 ›</Text>
        <Text className='muted'>查看审查人员、评审专家和管理员，停用离开的人员</Text>
      </View>
      <ExportPanel />
      <View className='card'>
        <Text className='card__title'>按单位类型</Text>
        {d.byUnitType.map((t) => (
          <View key={t.type} className='row'>
            <Text>{t.label}</Text>
            <Text className='row__value'>
              {t.submitted} / {t.total}
            </Text>
          </View>
        ))}
      </View>
      <PurgePanel />
    </View>
  );
}

export default withPageShell(AdminDashboardPage);
