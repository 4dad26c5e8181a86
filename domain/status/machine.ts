import { isPast, toShanghai } from '../time/shanghai';

export const ROLES = ['contact', 'staff', 'expert', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'scored',
  'recommended',
  'not_recommended',
  'withdrawn',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_ACTIONS = ['saveDraft', 'submit', 'withdraw', 'return', 'accept', 'score', 'decide'] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];
export type Decision = 'recommended' | 'not_recommended';

export const STATUS_LABELS: Record<NominationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回修改',
  accepted: '形式审查通过',
  scored: '评审中',
  recommended: '已推荐',
  not_recommended: '未推荐',
  withdrawn: '已撤回',
};

export const ROLE_LABELS: Record<Role, string> = { contact: '推荐单位联系人', staff: '形式审查人员', expert: '评审专家', admin: '管理员' };

export const ACTION_LABELS: Record<NominationAction, string> = {
  saveDraft: '修改推荐材料',
  submit: '提交',
  withdraw: '撤回',
  return: '退回修改',
  accept: '通过形式审查',
  score: '评分',
  decide: '作出推荐决定',
};

/** One allowed step: from a status (null = no nomination yet), by a role, before the deadline or at any time. */
export interface Transition {
  from: NominationStatus | null;
  action: NominationAction;
  role: Role;
  deadlineRule: 'before' | 'any';
  to: NominationStatus;
  /** Only for `decide`: the row applies to this decision. */
  decision?: Decision;
}

const row = (
  from: Transition['from'],
  action: NominationAction,
  role: Role,
  deadlineRule: Transition['deadlineRule'],
  to: NominationStatus,
) => ({ from, action, role, deadlineRule, to }) satisfies Transition;

export const TRANSITIONS: readonly Transition[] = [
  row(null, 'saveDraft', 'contact', 'before', 'draft'),
  row('draft', 'saveDraft', 'contact', 'before', 'draft'),
  row('returned', 'saveDraft', 'contact', 'before', 'returned'),
  // A unit that withdrew may start again while the campaign is open: its one quota is free once more.
  row('withdrawn', 'saveDraft', 'contact', 'before', 'draft'),
  row('draft', 'submit', 'contact', 'before', 'submitted'),
  row('returned', 'submit', 'contact', 'before', 'submitted'),
  row('draft', 'withdraw', 'contact', 'before', 'withdrawn'),
  row('submitted', 'withdraw', 'contact', 'before', 'withdrawn'),
  row('returned', 'withdraw', 'contact', 'before', 'withdrawn'),
  row('submitted', 'return', 'staff', 'any', 'returned'),
  row('submitted', 'accept', 'staff', 'any', 'accepted'),
  row('accepted', 'score', 'expert', 'any', 'scored'),
  row('scored', 'score', 'expert', 'any', 'scored'),
  { ...row('scored', 'decide', 'admin', 'any', 'recommended'), decision: 'recommended' },
  { ...row('scored', 'decide', 'admin', 'any', 'not_recommended'), decision: 'not_recommended' },
];

export type TransitionVerdict =
  | { ok: true; to: NominationStatus }
  | { ok: false; code: 'FORBIDDEN' | 'INVALID_STATE' | 'DEADLINE_PASSED'; message: string };

export interface TransitionQuery {
  status: NominationStatus | null;
  action: NominationAction;
  role: Role;
  now: Date | string;
  /** The deadline that applies: the campaign's, or the unit's extension. */
  deadline: string;
  decision?: Decision;
}

/** May this role do this action now? The only answer the server uses. */
export function mayTransition(q: TransitionQuery): TransitionVerdict {
  const action = ACTION_LABELS[q.action];
  const byRole = TRANSITIONS.filter((t) => t.action === q.action && t.role === q.role);
  if (byRole.length === 0) return { ok: false, code: 'FORBIDDEN', message: `${ROLE_LABELS[q.role] ?? '您'}不能${action ?? '进行此操作'}` };
  const fromHere = byRole.filter((t) => t.from === q.status);
  if (fromHere.length === 0) {
    const where = q.status === null ? '还没有推荐材料' : `推荐当前为「${STATUS_LABELS[q.status]}」`;
    return { ok: false, code: 'INVALID_STATE', message: `${where}，不能${action}` };
  }
  const match = fromHere.find((t) => t.decision === undefined || t.decision === q.decision);
  if (!match) return { ok: false, code: 'INVALID_STATE', message: '请选择“推荐”或“不推荐”' };
  if (match.deadlineRule === 'before' && isPast(q.now, q.deadline)) {
    const at = toShanghai(q.deadline);
    const when = at.isValid() ? `已于 ${at.format('YYYY-MM-DD HH:mm')} ` : '';
    return { ok: false, code: 'DEADLINE_PASSED', message: `报送${when}截止，不能再${action}；如有特殊情况，请联系主办单位` };
  }
  return { ok: true, to: match.to };
}
