import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { countChars } from '../../../domain/text/count-chars';
import './wizard.css';

interface FieldProps {
  id: string;
  label: string;
  value: string | undefined;
  error?: string;
  hint?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

function Frame({ id, label, error, hint, children }: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <View id={`field-${id}`} className={`form-item ${error ? 'form-item--error' : ''}`}>
      <Text className='form-item__label'>{label}</Text>
      {children}
      {error ? <Text className='form-item__error'>{error}</Text> : hint ? <Text className='form-item__hint'>{hint}</Text> : null}
    </View>
  );
}

export function TextField(props: FieldProps & { maxlength?: number; focus?: boolean }) {
  return (
    <Frame {...props}>
      <Input
        className='form-item__input'
        name={props.id}
        value={props.value ?? ''}
        maxlength={props.maxlength ?? 140}
        focus={props.focus}
        onInput={(e) => props.onChange(e.detail.value)}
        onBlur={props.onBlur}
      />
    </Frame>
  );
}

/** A text area with the live 字数 counter (counted as Word/WPS 字数统计 counts); it never cuts what was typed, it turns red past the limit. */
export function CountedText(props: FieldProps & { limit: number; tall?: boolean; placeholder?: string; focus?: boolean }) {
  const count = countChars(props.value ?? '');
  return (
    <Frame {...props}>
      <Textarea
        className={`textarea ${props.tall ? 'textarea--tall' : ''}`}
        name={props.id}
        value={props.value ?? ''}
        maxlength={-1}
        placeholder={props.placeholder}
        autoHeight={!props.tall}
        focus={props.focus}
        onInput={(e) => props.onChange(e.detail.value)}
        onBlur={props.onBlur}
      />
      <Text className={`counter ${count > props.limit ? 'counter--over' : ''}`}>
        已输入 {count} / {props.limit} 字（与 Word 字数统计一致：一个英文单词或数字算 1 字）
      </Text>
    </Frame>
  );
}

/** A short standard list as large tap targets: faster on a phone than a scroll wheel, and never free text. */
export function ListPicker(props: FieldProps & { options: readonly { label: string }[] }) {
  return (
    <Frame {...props}>
      <View className='chips' data-field={props.id}>
        {props.options.map((o) => (
          <Text key={o.label} className={`chip ${o.label === props.value ? 'chip--on' : ''}`} onClick={() => props.onChange(o.label)}>
            {o.label}
          </Text>
        ))}
      </View>
    </Frame>
  );
}
