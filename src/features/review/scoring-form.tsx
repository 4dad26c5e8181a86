import { Input, Text, Textarea, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Campaign } from '../../../domain/campaign/campaign';
import { ApiError, callFunction } from '../../services/api';
import type { ScoreView } from './types';
import './review.css';

interface Props {
  nominationId: string;
  criteria: Campaign['criteria'];
  mine: ScoreView | undefined;
  onDone: () => void;
}

/** An expert's scores on the campaign's criteria: save as draft, submit, or abstain. */
export function ScoringForm({ nominationId, criteria, mine, onDone }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.key, mine?.scores[c.key] === undefined ? '' : String(mine.scores[c.key])])),
  );
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [error, setError] = useState('');
  const save = async (state: 'draft' | 'final' | 'abstained') => {
    setError('');
    const scores = Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, Number(v)]),
    );
    try {
      await callFunction('review', 'score', { nominationId, scores, comment, state });
      Taro.showToast({ title: state === 'draft' ? '已暂存' : state === 'final' ? '评分已提交' : '已回避', icon: 'success' });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.fields.map((f) => f.message)].join('；') : '提交失败，请重试');
    }
  };
  return (
    <View className='card'>
      <Text className='card__title'>
        专家评分{mine ? `（${mine.state === 'final' ? '已提交' : mine.state === 'draft' ? '草稿' : '已回避'}）` : ''}
      </Text>
      {criteria.map((c) => (
        <View key={c.key} className='score-row'>
          <Text className='score-row__label'>
            {c.label}（权重 {Math.round(c.weight * 100)}%，满分 {c.max}）
          </Text>
          <Input
            className='score-row__input'
            type='digit'
            value={values[c.key]}
            placeholder={`0–${c.max}`}
            onInput={(e) => setValues((v) => ({ ...v, [c.key]: e.detail.value }))}
          />
        </View>
      ))}
      <Textarea
        className='reason-input'
        value={comment}
        placeholder='评语（选填）'
        maxlength={1000}
        onInput={(e) => setComment(e.detail.value)}
      />
      {error && <Text className='error-text'>{error}</Text>}
      <View className='action-row'>
        <AppButton size='mini' onClick={() => save('draft')}>
          暂存
        </AppButton>
        <AppButton size='mini' onClick={() => save('abstained')}>
          利益冲突，回避
        </AppButton>
        <AppButton className='primary-button' onClick={() => save('final')}>
          提交评分
        </AppButton>
      </View>
    </View>
  );
}
