import { Text, View } from '@tarojs/components';
import { formatShanghai } from '../../../domain/time/shanghai';
import { STATUS_LABELS } from '../../../domain/status/machine';
import { auditActionLabel } from '../../../domain/audit/actions';
import type { ReviewRecord } from './types';
import './review.css';

export function HistoryTimeline({ history }: { history: ReviewRecord['history'] }) {
  return (
    <View className='timeline'>
      {history.map((h) => (
        <View key={`${h.at}-${h.action}`} className='timeline__item'>
          <Text className='timeline__time'>{formatShanghai(h.at, 'M月D日 HH:mm')}</Text>
          <Text className='timeline__text'>
            {auditActionLabel(h.action)}
            {h.to && h.to !== h.from ? ` → ${STATUS_LABELS[h.to]}` : ''}
            {h.actorName ? `（${h.actorName}）` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
