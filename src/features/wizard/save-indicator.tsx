import { Text } from '@tarojs/components';
import type { SaveState } from './use-draft';
import './wizard.css';

const LABELS: Record<SaveState, string> = {
  saved: '已保存',
  saving: '保存中…',
  pending: '保存中…',
  retrying: '未保存，重试中',
  conflict: '有冲突，请选择保留的内容',
  error: '未保存',
};

export function SaveIndicator({ state }: { state: SaveState }) {
  return <Text className={`save save--${state}`}>{LABELS[state]}</Text>;
}
