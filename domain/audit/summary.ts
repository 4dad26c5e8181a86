import { FIELD_LABELS } from '../form/form-keys';
import { ROLE_LABELS, type Role } from '../status/machine';
import { formatShanghai } from '../time/shanghai';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * One line on what an entry of the activity log did, from its detail (which never holds personal
 * data: a reveal names the field, an export its format). Empty when the label says it all.
 */
export function auditDetailSummary(action: string, detail: Record<string, unknown> | undefined): string {
  if (!detail) return '';
  switch (action) {
    case 'reveal':
      return FIELD_LABELS[str(detail.field)] ?? '';
    case 'export':
      return `${str(detail.format).toUpperCase()}，${detail.full ? '含完整身份证号和电话' : '脱敏'}`;
    case 'paperReceived':
      return `${Number(detail.copies ?? 0)} 份${detail.receivedOn ? `，${str(detail.receivedOn)} 收到` : ''}`;
    case 'return':
      return Array.isArray(detail.reasons) ? detail.reasons.map((r) => str((r as { message?: unknown }).message)).join('；') : '';
    case 'decide':
      return detail.decision === 'recommended' ? '推荐' : detail.decision === 'not_recommended' ? '不推荐' : '';
    case 'extendDeadline':
      return detail.deadline ? `延至 ${formatShanghai(str(detail.deadline), 'M月D日 HH:mm')}` : '取消延期';
    case 'createInvite':
    case 'revokeInvite':
      return `${ROLE_LABELS[str(detail.role) as Role] ?? ''} ${str(detail.code)}`.trim();
    case 'media.remove':
      return `${detail.kind === 'video' ? '视频' : '照片'}${detail.replaced ? '（上传新视频时替换）' : ''}`;
    case 'remind':
      return Array.isArray(detail.unitIds) ? `${detail.unitIds.length} 个单位` : '';
    case 'deactivateUser':
    case 'reactivateUser':
      return str(detail.name);
    default:
      return '';
  }
}
