import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import './review.css';

/** The 登记表 fields in the paper form's order. */
export const FORM_FIELDS: { key: string; label: string; long?: boolean }[] = [
  { key: 'category', label: '重点选树类别' },
  { key: 'name', label: '姓名' },
  { key: 'education', label: '文化程度' },
  { key: 'politicalStatus', label: '政治面貌' },
  { key: 'ethnicity', label: '民族' },
  { key: 'phone', label: '联系电话' },
  { key: 'workUnitAndPost', label: '单位及职务' },
  { key: 'idNumber', label: '身份证号' },
  { key: 'honors', label: '曾获荣誉', long: true },
  { key: 'deeds', label: '主要事迹', long: true },
  { key: 'unitOpinion', label: '推荐单位意见', long: true },
];

interface Props {
  nominationId: string;
  form: Record<string, string | undefined>;
  age: number | null;
  categoryLabel?: string;
  /** Staff and the admin may reveal the masked ID number and phone; each reveal is logged. */
  canReveal: boolean;
}

export function RecordFields({ nominationId, form, age, categoryLabel, canReveal }: Props) {
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
          <View key={key} className={`field ${long ? 'field--long' : ''}`}>
            <Text className='field__label'>{label}</Text>
            <Text className='field__value'>{value || '—'}</Text>
            {maskable && (
              <Text className='field__reveal' onClick={() => reveal(key as 'idNumber' | 'phone')}>
                查看完整
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
