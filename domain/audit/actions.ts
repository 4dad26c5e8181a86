import { NOMINATION_ACTIONS } from '../status/machine';

/** Every action the server may write to the audit log; `audit.append` accepts no other. */
export const AUDIT_ACTIONS = [
  ...NOMINATION_ACTIONS,
  'create',
  'reopen',
  'paperReceived',
  'reveal',
  'media.photo',
  'media.video',
  'media.remove',
  'export',
  'createInvite',
  'revokeInvite',
  'addUnit',
  'updateUnit',
  'extendDeadline',
  'remind',
  'purgePersonalData',
  'createReviewDemo',
  'deactivateUser',
  'reactivateUser',
  'scoreDraft',
  'abstain',
  'reopenScore',
  'assignExperts',
  'draftDecision',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// A timeline reads as what happened, so these are past events, not the buttons' verbs in ACTION_LABELS.
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: '开始填写',
  saveDraft: '修改推荐材料',
  submit: '提交',
  withdraw: '撤回',
  reopen: '重新填写',
  return: '退回修改',
  accept: '形式审查通过',
  score: '专家评分',
  decide: '作出推荐决定',
  paperReceived: '登记纸质材料',
  reveal: '查看了完整个人信息',
  'media.photo': '上传了照片',
  'media.video': '上传了视频',
  'media.remove': '删除了照片或视频',
  // Masked and full exports alike are logged; the entry's detail says which.
  export: '导出了推荐数据',
  createInvite: '生成邀请码',
  revokeInvite: '作废邀请码',
  addUnit: '新增推荐单位',
  updateUnit: '修改推荐单位',
  extendDeadline: '调整单位截止时间',
  remind: '提醒单位尽快报送',
  purgePersonalData: '清除了身份证号和联系电话',
  createReviewDemo: '生成微信审核体验账号',
  deactivateUser: '停用了账号',
  reactivateUser: '恢复了账号',
  scoreDraft: '暂存了评分',
  abstain: '专家声明回避',
  reopenScore: '重新开放了专家评分',
  assignExperts: '调整了评审专家的分配',
  draftDecision: '拟定了推荐决定，尚未发布',
};

/** The Chinese label of a logged action; a row from an older version with an unknown action still reads as Chinese. */
export const auditActionLabel = (action: string): string => (isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : '其他操作');

export const isAuditAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The scoring's own steps: the admin reads them; a contact or another expert learns only that the status moved. */
export const SCORING_INTERNAL_ACTIONS: readonly string[] = [
  'score',
  'scoreDraft',
  'abstain',
  'reopenScore',
  'draftDecision',
  'assignExperts',
];

/** A history as its reader may see it: without the scoring's steps unless `internal`, a status change kept without its detail. */
export function historyFor<T extends { action: string; fromStatus: string | null; toStatus: string | null; detail?: unknown }>(
  entries: readonly T[],
  internal: boolean,
): T[] {
  if (internal) return [...entries];
  return entries
    .filter((e) => !SCORING_INTERNAL_ACTIONS.includes(e.action) || (e.action === 'score' && e.fromStatus !== e.toStatus))
    .map((e) => (SCORING_INTERNAL_ACTIONS.includes(e.action) ? { ...e, detail: undefined } : e));
}
