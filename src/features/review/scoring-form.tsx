import { Input, Text, Textarea, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Campaign } from '../../../domain/campaign/campaign';
import { abstentionReasonSchema } from '../../../domain/review/assignments';
import { ApiError, callFunction } from '../../services/api';
import type { ScoreView } from './types';
import './review.css';

interface Props {
  nominationId: string;
  criteria: Campaign['criteria'];
  mine: ScoreView | undefined;
  onDone: () => void;
}

const STATE_TITLE: Record<ScoreView['state'], string> = { draft: '暂存', final: '已提交', abstained: '已回避' };

/** A submitted score or a declared abstention: locked, shown as it stands. */
function LockedScore({ criteria, mine }: { criteria: Campaign['criteria']; mine: ScoreView }) {
  return (
    <View className='card'>
      <Text className='card__title'>专家评分（{STATE_TITLE[mine.state]}）</Text>
      {mine.state === 'abstained' ? (
        <Text className='muted'>回避原因：{mine.comment}</Text>
      ) : (
        criteria.map((c) => (
          <View key={c.key} className='score-row'>
            <Text className='score-row__label'>{c.label}</Text>
            <Text>{mine.scores[c.key] ?? '—'}</Text>
          </View>
        ))
      )}
      {mine.state === 'final' && mine.comment && <Text className='muted'>评语：{mine.comment}</Text>}
      <Text className='muted locked-note'>已提交的评分和回避不能再修改；如需更正，请联系管理员重新开放。</Text>
    </View>
  );
}

/** An expert's scores on the campaign's criteria: save as draft, submit (then locked), or abstain with a declared reason. */
export function ScoringForm({ nominationId, criteria, mine, onDone }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.key, mine?.scores[c.key] === undefined ? '' : String(mine.scores[c.key])])),
  );
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [abstaining, setAbstaining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  if (mine && mine.state !== 'draft') return <LockedScore criteria={criteria} mine={mine} />;

  const send = async (state: 'draft' | 'final' | 'abstained') => {
    setError('');
    const scores = Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, Number(v)]),
    );
    try {
      await callFunction(
        'review',
        'score',
        state === 'abstained' ? { nominationId, state, reason } : { nominationId, scores, comment, state },
      );
      Taro.showToast({ title: state === 'draft' ? '已暂存' : state === 'final' ? '评分已提交' : '已回避', icon: 'success' });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.fields.map((f) => f.message)].join('；') : '提交失败，请重试');
    }
  };
  const submit = async () => {
    const { confirm } = await Taro.showModal({ title: '提交评分', content: '提交后评分即锁定，不能再修改。确定提交吗？' });
    if (confirm) await send('final');
  };
  const abstain = async () => {
    // Checked here as on the server, so the confirmation is asked only of a reason that can be sent.
    const checked = abstentionReasonSchema.safeParse(reason);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? '请写明回避的原因');
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '声明回避',
      content: '声明回避后，您将不再为这份推荐材料评分，且不能撤回。确定回避吗？',
    });
    if (confirm) await send('abstained');
  };
  return (
    <View className='card'>
      <Text className='card__title'>专家评分{mine ? `（${STATE_TITLE[mine.state]}）` : ''}</Text>
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
      {abstaining && (
        <View className='abstain'>
          <Text className='form-item__label'>回避原因（请写明利益冲突的情况，如与候选人的关系）</Text>
          <Textarea
            className='reason-input abstain__reason'
            value={reason}
            placeholder='例如：候选人是我指导过的学生'
            maxlength={300}
            onInput={(e) => setReason(e.detail.value)}
          />
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
      <View className='action-row'>
        <AppButton size='mini' onClick={() => send('draft')}>
          暂存
        </AppButton>
        {abstaining ? (
          <>
            <AppButton size='mini' onClick={() => setAbstaining(false)}>
              取消回避
            </AppButton>
            <AppButton size='mini' className='plain-button' onClick={abstain}>
              确认回避
            </AppButton>
          </>
        ) : (
          <AppButton size='mini' onClick={() => setAbstaining(true)}>
            利益冲突，回避
          </AppButton>
        )}
        <AppButton className='primary-button' onClick={submit}>
          提交评分
        </AppButton>
      </View>
    </View>
  );
}
