import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import type { ReviewRecord } from './types';
import './review.css';

/** The admin's decision: recommend to 北京市妇联 or not, once the experts have scored. */
export function DecisionActions({ record, onDone }: { record: ReviewRecord; onDone: () => void }) {
  const [error, setError] = useState('');
  const decide = async (decision: 'recommended' | 'not_recommended') => {
    const { confirm } = await Taro.showModal({
      title: '确认',
      content: decision === 'recommended' ? '确定推荐该候选人？' : '确定不推荐该候选人？',
    });
    if (!confirm) return;
    try {
      await callFunction('review', 'decide', { nominationId: record.id, version: record.version, decision });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试');
    }
  };
  const finals = record.scores.filter((s) => s.state === 'final').length;
  return (
    <View className='card'>
      <Text className='card__title'>推荐决定</Text>
      <Text className='muted'>已有 {finals} 位专家提交评分</Text>
      {error && <Text className='error-text'>{error}</Text>}
      <View className='action-row'>
        <AppButton className='plain-button' onClick={() => decide('not_recommended')}>
          不推荐
        </AppButton>
        <AppButton className='primary-button' onClick={() => decide('recommended')}>
          推荐至市妇联
        </AppButton>
      </View>
    </View>
  );
}
