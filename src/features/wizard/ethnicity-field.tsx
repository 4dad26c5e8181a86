import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ETHNICITIES } from '../../../domain/lists/ethnicities';
import './wizard.css';

/** 民族: 56 entries, so a search box narrows the list; the value is always one of the standard's. */
export function EthnicityField({ value, error, onChange }: { value: string | undefined; error?: string; onChange: (v: string) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const shown = ETHNICITIES.filter((e) => e.label.includes(query.trim()));
  return (
    <View id='field-ethnicity' className={`form-item ${error ? 'form-item--error' : ''}`}>
      <Text className='form-item__label'>民族</Text>
      <View className='form-item__input' onClick={() => setOpen(!open)}>
        {value || '请选择'} ▾
      </View>
      {open && (
        <View className='ethnicity'>
          <Input className='form-item__input' placeholder='输入文字查找，如“满”' value={query} onInput={(e) => setQuery(e.detail.value)} />
          <View className='ethnicity__list'>
            {shown.map((e) => (
              <Text
                key={e.code}
                className={`ethnicity__item ${e.label === value ? 'ethnicity__item--on' : ''}`}
                onClick={() => {
                  onChange(e.label);
                  setOpen(false);
                  setQuery('');
                }}
              >
                {e.label}
              </Text>
            ))}
          </View>
        </View>
      )}
      {error && <Text className='form-item__error'>{error}</Text>}
    </View>
  );
}
