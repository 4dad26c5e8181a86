import type { Role } from '../../../domain/status/machine';

export const ROLE_LABELS: Record<Role, string> = {
  contact: '推荐单位联系人',
  staff: '形式审查（市科协）',
  expert: '评审专家',
  admin: '管理员',
};
