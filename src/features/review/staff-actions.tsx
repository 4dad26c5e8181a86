import { Picker, Text, Textarea, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import { FORM_FIELDS } from './record-fields';
import { textCheckNotice } from './text-check-notice';
import type { ReviewRecord } from './types';
import './review.css';

const FIELD_CHOICES = [
  { key: '', label: '整体（不针对某一项）' },
  ...FORM_FIELDS,
  { key: 'photos', label: '工作照' },
  { key: 'video', label: '短视频' },
];
const COPIES = ['0 份', '1 份', '2 份'];

interface Props {
  record: ReviewRecord;
  onDone: () => void;
}

/** 形式审查: return with reasons, accept, and record the stamped paper forms. */
export function StaffActions({ record, onDone }: Props) {
  const [reasons, setReasons] = useState<{ path: string | null; message: string }[]>([]);
  const [field, setField] = useState(0);
  const [text, setText] = useState('');
  const [copies, setCopies] = useState(record.review.paper?.copies ?? 2);
  const [error, setError] = useState('');
  const run = async (action: string, payload: Record<string, unknown>, done: string) => {
    setError('');
    try {
      await callFunction('review', action, { nominationId: record.id, ...payload });
      Taro.showToast({ title: done, icon: 'success' });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试');
    }
  };
  const addReason = () => {
    if (text.trim().length < 2) return setError('请写明退回原因');
    setReasons((r) => [...r, { path: FIELD_CHOICES[field].key || null, message: text.trim() }]);
    setText('');
  };
  const reviewable = record.status === 'submitted';
  return (
    <View className='card'>
      <Text className='card__title'>形式审查</Text>
      {textCheckNotice(record.review.textCheck).map((note) => (
        <Text key={note} className='warning text-check-notice'>
          {note}
        </Text>
      ))}
      {reviewable && (
        <View>
          <Text className='form-item__label'>问题所在</Text>
          <View className='chips'>
            {FIELD_CHOICES.map((f, i) => (
              <Text key={f.key || 'general'} className={`chip ${i === field ? 'chip--on' : ''}`} onClick={() => setField(i)}>
                {f.label}
              </Text>
            ))}
          </View>
          <Textarea
            className='reason-input'
            value={text}
            placeholder='写明需要修改的地方，例如：工作照为证件照，请更换'
            maxlength={300}
            onInput={(e) => setText(e.detail.value)}
          />
          <AppButton size='mini' onClick={addReason}>
            添加退回原因
          </AppButton>
          {reasons.map((r, i) => (
            <Text key={`${r.path}-${r.message}`} className='reason'>
              {i + 1}. {FIELD_CHOICES.find((f) => (f.key || null) === r.path)?.label}：{r.message}
            </Text>
          ))}
          <View className='action-row'>
            <AppButton
              className='plain-button'
              disabled={reasons.length === 0}
              onClick={() => run('return', { version: record.version, reasons }, '已退回')}
            >
              退回修改（{reasons.length}）
            </AppButton>
            <AppButton className='primary-button' onClick={() => run('accept', { version: record.version }, '已通过')}>
              通过形式审查
            </AppButton>
          </View>
        </View>
      )}
      <View className='paper'>
        <Text className='paper__status'>
          纸质登记表：{record.review.paper ? `已收到 ${record.review.paper.copies} 份（${record.review.paper.receivedOn}）` : '尚未登记'}
        </Text>
        {record.status !== 'draft' && record.status !== 'withdrawn' && (
          <View className='action-row'>
            <Picker mode='selector' range={COPIES} value={copies} onChange={(e) => setCopies(Number(e.detail.value))}>
              <View className='picker-line'>收到 {COPIES[copies]} ▾</View>
            </Picker>
            <AppButton size='mini' onClick={() => run('paperReceived', { copies }, '已登记')}>
              登记
            </AppButton>
          </View>
        )}
      </View>
      {error && <Text className='error-text'>{error}</Text>}
    </View>
  );
}
