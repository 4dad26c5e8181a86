import { Input, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { useState } from 'react';
import { UNIT_TYPES, type UnitType } from '../../../domain/lists/unit-types';
import { callFunction, errorText } from '../../services/api';

const LABELS = { name: '单位名称', type: '单位类型' };

/** Name and type of a unit: a new one (`unitId` absent) or a rename / change of type. */
export function UnitEditor(props: { unitId?: string; name?: string; type?: UnitType; onSaved: () => void; onCancel?: () => void }) {
  const [name, setName] = useState(props.name ?? '');
  const [type, setType] = useState<UnitType | ''>(props.type ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const trimmed = name.trim();
  const changed = trimmed !== props.name || type !== props.type;
  const ready = trimmed.length >= 2 && trimmed.length <= 60 && type !== '' && changed;
  const save = async () => {
    setBusy(true);
    setError('');
    try {
      if (props.unitId) await callFunction('admin', 'updateUnit', { unitId: props.unitId, name: trimmed, type });
      else await callFunction('admin', 'addUnit', { name: trimmed, type });
      if (!props.unitId) {
        setName('');
        setType('');
      }
      props.onSaved();
    } catch (e) {
      setError(errorText(e, '保存失败，请重试', LABELS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='unit-editor'>
      <Input
        className='text-input'
        value={name}
        placeholder='单位全称，如：北京市某某学会'
        maxlength={60}
        onInput={(e) => setName(e.detail.value)}
      />
      <View className='chips'>
        {UNIT_TYPES.map((t) => (
          <Text key={t.key} className={`chip chip--small ${t.key === type ? 'chip--on' : ''}`} onClick={() => setType(t.key)}>
            {t.label}
          </Text>
        ))}
      </View>
      {error && <Text className='error-text'>{error}</Text>}
      <View className='unit-editor__buttons'>
        <AppButton className='primary-button unit-editor__save' disabled={busy || !ready} loading={busy} onClick={save}>
          {props.unitId ? '保存' : '添加单位'}
        </AppButton>
        {props.onCancel && (
          <AppButton className='plain-button' onClick={props.onCancel}>
            取消
          </AppButton>
        )}
      </View>
    </View>
  );
}
