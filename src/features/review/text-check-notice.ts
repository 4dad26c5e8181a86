import { FIELD_LABELS } from '../../../domain/form/form-keys';

/** The text check of a nomination's last submit, as review.get gives it to staff. */
export interface TextCheckView {
  status: 'pass' | 'review' | 'not_checked';
  flagged: { path: string; result: 'review' | 'not_checked' }[];
}

const labels = (check: TextCheckView, result: 'review' | 'not_checked') =>
  check.flagged.filter((f) => f.result === result).map((f) => FIELD_LABELS[f.path] ?? f.path);

/** What staff are told about the texts WeChat did not simply pass; nothing when every text passed. */
export function textCheckNotice(check: TextCheckView | undefined): string[] {
  if (!check || check.status === 'pass') return [];
  const notes: string[] = [];
  const doubtful = labels(check, 'review');
  const unchecked = labels(check, 'not_checked');
  if (doubtful.length) notes.push(`微信内容安全检测提示以下内容可能需要人工复核：${doubtful.join('、')}。请审查时留意。`);
  if (unchecked.length) notes.push(`提交时以下内容未能经过微信内容安全检测：${unchecked.join('、')}。请审查时人工留意。`);
  return notes;
}
