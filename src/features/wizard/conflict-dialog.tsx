import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { useState } from 'react';
import { FIELD_LABELS, type FormKey } from '../../../domain/form/form-keys';
import type { FieldConflict } from './conflict';
import './wizard.css';

/** Both phones changed the same fields: show both values and let the person choose, field by field. */
export function ConflictDialog({ conflicts, onResolve }: { conflicts: FieldConflict[]; onResolve: (keepMine: Set<string>) => void }) {
  const [mine, setMine] = useState<Set<string>>(() => new Set(conflicts.map((c) => c.key)));
  const toggle = (key: string, keep: boolean) =>
    setMine((s) => {
      const next = new Set(s);
      if (keep) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <View className='card'>
      <Text className='card__title'>这份推荐在另一台设备上也修改过</Text>
      <Text className='muted'>以下内容两边不同，请逐项选择要保留的版本：</Text>
      {conflicts.map((c) => (
        <View key={c.key} className='conflict'>
          <Text className='form-item__label'>{FIELD_LABELS[c.key as FormKey] ?? c.key}</Text>
          <Text className={`conflict__option ${mine.has(c.key) ? 'conflict__option--on' : ''}`} onClick={() => toggle(c.key, true)}>
            本机：{c.mine || '（空）'}
          </Text>
          <Text className={`conflict__option ${mine.has(c.key) ? '' : 'conflict__option--on'}`} onClick={() => toggle(c.key, false)}>
            另一台设备：{c.theirs || '（空）'}
          </Text>
        </View>
      ))}
      <AppButton className='primary-button' onClick={() => onResolve(mine)}>
        确认并保存
      </AppButton>
    </View>
  );
}
