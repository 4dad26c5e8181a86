import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FIELD_LABELS, FORM_KEYS, type FormKey } from '../../../domain/form/form-keys';
import { ApiError, callFunction } from '../../services/api';
import './review.css';

const LONG: ReadonlySet<FormKey> = new Set(['honors', 'deeds', 'unitOpinion']);

/** The 登记表 fields in the paper form's order, with the domain's labels. */
export const FORM_FIELDS: { key: string; label: string; long?: boolean }[] = FORM_KEYS.map((key) => ({
  key,
  label: FIELD_LABELS[key],
  long: LONG.has(key),
}));

interface Props {
  nominationId: string;
  form: Record<string, string | undefined>;
  age: number | null;
  categoryLabel?: string;
  /** Staff and the admin may reveal the masked ID number and phone; each reveal is logged. */
  canReveal: boolean;
  /** The fields the unit changed since staff returned the record: highlighted, with what they were. */
  changed?: { field: string; before: string | null }[];
  categoryLabelOf?: (key: string | null) => string | undefined;
}

export function RecordFields({ nominationId, form, age, categoryLabel, canReveal, changed = [], categoryLabelOf }: Props) {
  const before = new Map(changed.map((c) => [c.field, c.before]));
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const reveal = async (field: 'idNumber' | 'phone') => {
    try {
      const { value } = await callFunction<{ value: string }>('review', 'reveal', { nominationId, field });
      setRevealed((r) => ({ ...r, [field]: value }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '查看失败');
    }
  };
  return (
    <View className='fields'>
      {FORM_FIELDS.map(({ key, label, long }) => {
        if (key === 'idNumber' || key === 'phone') {
          if (form[key] === undefined) return null;
        }
        const value = key === 'category' ? categoryLabel : (revealed[key] ?? form[key]);
        const maskable = canReveal && (key === 'idNumber' || key === 'phone') && !revealed[key] && form[key];
        return (
          <View key={key} className={`field ${long ? 'field--long' : ''} ${before.has(key) ? 'field--changed' : ''}`}>
            <Text className='field__label'>{label}</Text>
            <Text className='field__value'>{value || '—'}</Text>
            {maskable && (
              <Text className='field__reveal' onClick={() => reveal(key as 'idNumber' | 'phone')}>
                查看完整
              </Text>
            )}
            {before.has(key) && (
              <Text className='field__before'>
                原为：{(key === 'category' ? categoryLabelOf?.(before.get(key) ?? null) : before.get(key)) || '（空）'}
              </Text>
            )}
            {key === 'name' && age !== null && <Text className='field__hint'>年龄 {age} 岁（按身份证号计算）</Text>}
          </View>
        );
      })}
      {error && <Text className='error-text'>{error}</Text>}
    </View>
  );
}
