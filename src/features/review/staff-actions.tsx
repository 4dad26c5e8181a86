import { Picker, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AppButton } from '../../components/app-button';
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
const fieldLabel = (path: string | null) => FIELD_CHOICES.find((f) => (f.key || null) === path)?.label ?? '整体';
const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

type Reason = { path: string | null; message: string };
type Decision = 'accept' | 'return' | null;

interface Props {
  record: ReviewRecord;
  /** Today in Beijing, by the server's clock: the default day the post arrived, and the latest one allowed. */
  today: string;
  onDone: () => void;
  /** Opens the next nomination of the filtered list (after a save, or to skip this one). */
  onNext: () => Promise<void>;
}

/**
 * 形式审查: the reasons (added, edited, removed before sending), the paper forms' arrival, and a bar that
 * stays at the bottom of the screen with the decision and 「保存」/「保存并下一条」, each confirmed first.
 */
export function StaffActions({ record, today, onDone, onNext }: Props) {
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [field, setField] = useState(0);
  const [text, setText] = useState('');
  const [decision, setDecision] = useState<Decision>(null);
  const [paper, setPaper] = useState(false);
  const [copies, setCopies] = useState(record.review.paper?.copies ?? 2);
  const [receivedOn, setReceivedOn] = useState(record.review.paper?.receivedOn ?? today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const reviewable = record.status === 'submitted';
  const paperAllowed = record.status !== 'draft' && record.status !== 'withdrawn';

  const saveReason = () => {
    if (text.trim().length < 2) return setError('请写明退回原因');
    const reason = { path: FIELD_CHOICES[field].key || null, message: text.trim() };
    setReasons((list) => (editing === null ? [...list, reason] : list.map((r, i) => (i === editing ? reason : r))));
    setEditing(null);
    setText('');
    setError('');
  };
  const editReason = (i: number) => {
    setEditing(i);
    setText(reasons[i].message);
    setField(
      Math.max(
        0,
        FIELD_CHOICES.findIndex((f) => (f.key || null) === reasons[i].path),
      ),
    );
  };
  const removeReason = (i: number) => {
    setReasons((list) => list.filter((_, j) => j !== i));
    if (editing === i) {
      setEditing(null);
      setText('');
    }
    if (reasons.length === 1 && decision === 'return') setDecision(null);
  };

  const plan = () => {
    const steps: string[] = [];
    if (paper) steps.push(`登记纸质登记表 ${copies} 份（${dayLabel(receivedOn)}收到）`);
    if (decision === 'accept') steps.push('通过形式审查，进入专家评审');
    if (decision === 'return') steps.push(`退回修改，${reasons.length} 条原因将通知推荐单位`);
    return steps;
  };

  const save = async (thenNext: boolean) => {
    setError('');
    const steps = plan();
    if (steps.length === 0) {
      if (thenNext) await onNext();
      return;
    }
    if (decision === 'return' && reasons.length === 0) return setError('请先添加至少一条退回原因');
    const { confirm } = await Taro.showModal({
      title: decision === 'return' ? '确认退回' : decision === 'accept' ? '确认通过' : '确认登记',
      content: steps.join('；'),
      confirmText: '确定',
      cancelText: '再看看',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      let version = record.version;
      if (paper) {
        // The day is sent only when it was changed: the server takes today in Beijing by its own clock.
        const payload = receivedOn === today ? { copies } : { copies, receivedOn };
        ({ version } = await callFunction<{ version: number }>('review', 'paperReceived', { nominationId: record.id, ...payload }));
      }
      if (decision === 'accept') await callFunction('review', 'accept', { nominationId: record.id, version });
      if (decision === 'return') await callFunction('review', 'return', { nominationId: record.id, version, reasons });
      Taro.showToast({ title: '已保存', icon: 'success' });
      setDecision(null);
      setPaper(false);
      setReasons([]);
      if (thenNext) await onNext();
      else onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '保存失败，请重试');
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='staff-actions'>
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
            <AppButton size='mini' onClick={saveReason}>
              {editing === null ? '添加退回原因' : '保存修改'}
            </AppButton>
            {reasons.map((r, i) => (
              <View key={`${r.path}-${r.message}`} className={`reason-row ${editing === i ? 'reason-row--editing' : ''}`}>
                <Text className='reason reason-row__text'>
                  {i + 1}. {fieldLabel(r.path)}：{r.message}
                </Text>
                <Text className='reason-row__action' onClick={() => editReason(i)}>
                  修改
                </Text>
                <Text className='reason-row__action' onClick={() => removeReason(i)}>
                  删除
                </Text>
              </View>
            ))}
          </View>
        )}
        <View className='paper'>
          <Text className='paper__status'>
            纸质登记表：
            {record.review.paper
              ? `已收到 ${record.review.paper.copies} 份（${dayLabel(record.review.paper.receivedOn)}收到）`
              : '尚未登记'}
          </Text>
          {paperAllowed && (
            <View className='action-row'>
              <Picker mode='selector' range={COPIES} value={copies} onChange={(e) => setCopies(Number(e.detail.value))}>
                <View className='picker-line'>收到 {COPIES[copies]} ▾</View>
              </Picker>
              <Picker mode='date' value={receivedOn} end={today} onChange={(e) => setReceivedOn(e.detail.value)}>
                <View className='picker-line'>{receivedOn === today ? '今天' : dayLabel(receivedOn)}收到 ▾</View>
              </Picker>
            </View>
          )}
        </View>
        {error && <Text className='error-text'>{error}</Text>}
      </View>
      <View className='action-bar'>
        <View className='action-bar__choices'>
          {reviewable && (
            <Text
              className={`chip ${decision === 'accept' ? 'chip--on' : ''}`}
              onClick={() => setDecision(decision === 'accept' ? null : 'accept')}
            >
              通过
            </Text>
          )}
          {reviewable && (
            <Text
              className={`chip ${decision === 'return' ? 'chip--on' : ''} ${reasons.length === 0 ? 'chip--off' : ''}`}
              onClick={() =>
                reasons.length === 0 ? setError('请先添加至少一条退回原因') : setDecision(decision === 'return' ? null : 'return')
              }
            >
              退回（{reasons.length}）
            </Text>
          )}
          {paperAllowed && (
            <Text className={`chip ${paper ? 'chip--on' : ''}`} onClick={() => setPaper(!paper)}>
              纸质表已收
            </Text>
          )}
        </View>
        <View className='action-bar__buttons'>
          <AppButton className='plain-button' disabled={busy || plan().length === 0} onClick={() => save(false)}>
            保存
          </AppButton>
          <AppButton className='primary-button' disabled={busy} onClick={() => save(true)}>
            {plan().length === 0 ? '下一条' : '保存并下一条'}
          </AppButton>
        </View>
      </View>
    </View>
  );
}
