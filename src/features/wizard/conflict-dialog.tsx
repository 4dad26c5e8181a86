import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FIELD_LABELS, type FormKey } from '../../../domain/form/form-keys';
import { AppButton } from '../../components/app-button';
import type { FieldConflict } from './conflict';
import './wizard.css';

/**
 * Both sides changed the same fields: both values are shown and the person picks one per field.
 * Nothing is chosen for them, so a value is only ever replaced by a tap that saw it.
 */
export function ConflictDialog({ conflicts, onResolve }: { conflicts: FieldConflict[]; onResolve: (keepMine: Set<string>) => void }) {
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>({});
  const open = conflicts.filter((c) => !choice[c.key]).length;
  const pick = (key: string, side: 'mine' | 'theirs') => setChoice((s) => ({ ...s, [key]: side }));
  return (
    <View className='card conflict-dialog'>
      <Text className='card__title'>这份推荐在另一台设备或另一个窗口中也修改过</Text>
      <Text className='muted'>
        确认后，两边各自改过的其他内容会自动合并。以下 {conflicts.length} 项两边都改了，请逐项点选要保留的内容：
      </Text>
      {conflicts.map((c) => (
        <View key={c.key} className='conflict' data-field={c.key}>
          <Text className='form-item__label'>{FIELD_LABELS[c.key as FormKey] ?? c.key}</Text>
          <Text
            className={`conflict__option ${choice[c.key] === 'mine' ? 'conflict__option--on' : ''}`}
            onClick={() => pick(c.key, 'mine')}
          >
            {choice[c.key] === 'mine' ? '● ' : '○ '}本机：{c.mine || '（空）'}
          </Text>
          <Text
            className={`conflict__option ${choice[c.key] === 'theirs' ? 'conflict__option--on' : ''}`}
            onClick={() => pick(c.key, 'theirs')}
          >
            {choice[c.key] === 'theirs' ? '● ' : '○ '}另一处：{c.theirs || '（空）'}
          </Text>
        </View>
      ))}
      <AppButton
        className='primary-button'
        disabled={open > 0}
        onClick={() => onResolve(new Set(conflicts.filter((c) => choice[c.key] === 'mine').map((c) => c.key)))}
      >
        {open > 0 ? `还有 ${open} 项未选择` : '确认并保存'}
      </AppButton>
    </View>
  );
}
