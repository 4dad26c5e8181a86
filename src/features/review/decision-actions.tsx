import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import type { ReviewRecord } from './types';
import './review.css';

const DECISION_LABELS = { recommended: '拟推荐', not_recommended: '拟不推荐' } as const;

/**
 * The admin's decision on one nomination, drafted: it can be changed until the ranking's
 * 「发布推荐结果」 publishes all drafts together and tells the units.
 */
export function DecisionActions({ record, onDone }: { record: ReviewRecord; onDone: () => void }) {
  const [error, setError] = useState('');
  const decide = async (decision: 'recommended' | 'not_recommended' | null) => {
    setError('');
    try {
      await callFunction('review', 'decide', { nominationId: record.id, version: record.version, decision });
      Taro.showToast({ title: decision ? '已拟定，待发布' : '已撤销', icon: 'success' });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试');
    }
  };
  const finals = record.scores.filter((s) => s.state === 'final').length;
  const abstained = record.scores.filter((s) => s.state === 'abstained').length;
  const drafted = record.review.decision?.decision;
  return (
    <View className='card'>
      <Text className='card__title'>推荐决定</Text>
      <Text className='muted'>
        已有 {finals} 位专家提交评分{abstained ? `，${abstained} 位回避` : ''}；各项评分和评语见「评审排名」。
      </Text>
      {drafted && <Text className='decision-draft'>当前：{DECISION_LABELS[drafted]}（未发布，可修改；在评审排名中统一发布）</Text>}
      {error && <Text className='error-text'>{error}</Text>}
      <View className='action-row'>
        <AppButton className='plain-button' onClick={() => decide('not_recommended')}>
          拟不推荐
        </AppButton>
        <AppButton className='primary-button' onClick={() => decide('recommended')}>
          拟推荐至市妇联
        </AppButton>
        {drafted && (
          <AppButton size='mini' onClick={() => decide(null)}>
            撤销拟定
          </AppButton>
        )}
      </View>
    </View>
  );
}
