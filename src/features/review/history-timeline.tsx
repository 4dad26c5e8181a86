import { Text, View } from '@tarojs/components';
import { formatShanghai } from '../../../domain/time/shanghai';
import { STATUS_LABELS } from '../../../domain/status/machine';
import type { ReviewRecord } from './types';
import './review.css';

const ACTION_LABELS: Record<string, string> = {
  create: '开始填写',
  submit: '提交',
  withdraw: '撤回',
  reopen: '重新填写',
  return: '退回修改',
  accept: '形式审查通过',
  paperReceived: '登记纸质材料',
  score: '专家评分',
  decide: '作出推荐决定',
  reveal: '查看了完整个人信息',
};

export function HistoryTimeline({ history }: { history: ReviewRecord['history'] }) {
  return (
    <View className='timeline'>
      {history.map((h) => (
        <View key={`${h.at}-${h.action}`} className='timeline__item'>
          <Text className='timeline__time'>{formatShanghai(h.at, 'M月D日 HH:mm')}</Text>
          <Text className='timeline__text'>
            {ACTION_LABELS[h.action] ?? h.action}
            {h.to && h.to !== h.from ? ` → ${STATUS_LABELS[h.to]}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
