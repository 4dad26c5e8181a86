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

export type NominationAction = 'saveDraft' | 'submit' | 'withdraw' | 'return' | 'accept' | 'score' | 'decide';
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

/** One allowed step: from a status (null = no nomination yet), by a role, before the deadline or any time. */
interface Transition {
  from: NominationStatus | null;
  action: NominationAction;
  role: Role;
  deadline: 'before' | 'any';
  to: NominationStatus | ((decision: Decision) => NominationStatus);
}

export const TRANSITIONS: readonly Transition[] = [
  { from: null, action: 'saveDraft', role: 'contact', deadline: 'before', to: 'draft' },
  { from: 'draft', action: 'saveDraft', role: 'contact', deadline: 'before', to: 'draft' },
  { from: 'returned', action: 'saveDraft', role: 'contact', deadline: 'before', to: 'returned' },
  // A withdrawn nomination can be taken up again while the campaign is open.
  { from: 'withdrawn', action: 'saveDraft', role: 'contact', deadline: 'before', to: 'draft' },
  { from: 'draft', action: 'submit', role: 'contact', deadline: 'before', to: 'submitted' },
  { from: 'returned', action: 'submit', role: 'contact', deadline: 'before', to: 'submitted' },
  { from: 'draft', action: 'withdraw', role: 'contact', deadline: 'before', to: 'withdrawn' },
  { from: 'submitted', action: 'withdraw', role: 'contact', deadline: 'before', to: 'withdrawn' },
  { from: 'returned', action: 'withdraw', role: 'contact', deadline: 'before', to: 'withdrawn' },
  { from: 'submitted', action: 'return', role: 'staff', deadline: 'any', to: 'returned' },
  { from: 'submitted', action: 'accept', role: 'staff', deadline: 'any', to: 'accepted' },
  { from: 'accepted', action: 'score', role: 'expert', deadline: 'any', to: 'scored' },
  { from: 'scored', action: 'score', role: 'expert', deadline: 'any', to: 'scored' },
  { from: 'scored', action: 'decide', role: 'admin', deadline: 'any', to: (d) => d },
  { from: 'accepted', action: 'decide', role: 'admin', deadline: 'any', to: (d) => d },
];

export type TransitionVerdict =
  | { ok: true; to: NominationStatus }
  | { ok: false; code: 'FORBIDDEN' | 'INVALID_STATE' | 'DEADLINE_PASSED'; message: string };

interface TransitionQuery {
  status: NominationStatus | null;
  action: NominationAction;
  role: Role;
  now: Date | string;
  /** The deadline that applies (the campaign's, or the unit's extension). */
  deadline: string;
  decision?: Decision;
}

/** May this role do this action now? The only answer the server uses. */
export function mayTransition(q: TransitionQuery): TransitionVerdict {
  const byRole = TRANSITIONS.filter((t) => t.action === q.action && t.role === q.role);
  if (byRole.length === 0) return { ok: false, code: 'FORBIDDEN', message: '您的角色不能进行此操作' };
  const row = byRole.find((t) => t.from === q.status);
  if (!row) {
    const label = q.status ? STATUS_LABELS[q.status] : '尚未填写';
    return { ok: false, code: 'INVALID_STATE', message: `推荐当前为「${label}」，不能进行此操作` };
  }
  if (row.deadline === 'before' && new Date(q.now).getTime() > new Date(q.deadline).getTime()) {
    return { ok: false, code: 'DEADLINE_PASSED', message: '报送已截止，不能再修改或提交。如有特殊情况，请联系主办单位' };
  }
  if (typeof row.to === 'function') {
    if (!q.decision) return { ok: false, code: 'INVALID_STATE', message: '请选择推荐或不推荐' };
    return { ok: true, to: row.to(q.decision) };
  }
  return { ok: true, to: row.to };
}
