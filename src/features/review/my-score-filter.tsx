import { Text, View } from '@tarojs/components';
import { MY_SCORE_LABELS, MY_SCORE_STATES, type MyScore } from '../../../domain/review/assignments';
import './review.css';

export interface MyProgress {
  assigned: number;
  done: number;
  draft: number;
  none: number;
}

/** The expert's own count 「已评 done / assigned」 and a filter by their own mark. */
export function MyScoreFilter({ mine, value, onChange }: { mine: MyProgress; value?: MyScore; onChange(next?: MyScore): void }) {
  return (
    <View>
      <Text className='my-progress'>
        已评 {mine.done} / {mine.assigned}
        {mine.draft ? `（暂存 ${mine.draft}）` : ''}
      </Text>
      <View className='filters'>
        {MY_SCORE_STATES.map((s) => (
          <Text
            key={s}
            className={`filter filter--small ${value === s ? 'filter--on' : ''}`}
            onClick={() => onChange(value === s ? undefined : s)}
          >
            {MY_SCORE_LABELS[s]}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** The expert's own mark on a row: 未评 / 暂存 / 已提交 / 回避. */
export function MyScoreMark({ state }: { state: MyScore }) {
  return <Text className={`my-score my-score--${state}`}>{MY_SCORE_LABELS[state]}</Text>;
}

/** The other units that put the same candidate forward, by name. */
export function DuplicateFlag({ units }: { units: readonly string[] }) {
  return units.length ? <Text className='duplicate-flag'>疑似重复推荐：{units.join('、')}</Text> : null;
}
