import { maskIdNumber } from '../../../domain/identity/id-number';
import { maskPhone } from '../../../domain/phone/phone';
import { NOMINATION_STATUSES, type NominationStatus, type Role } from '../../../domain/status/machine';
import type { NominationFormDraft } from '../../../domain/form/nomination-form';
import { isAssigned } from '../../../domain/review/assignments';
import { AppError } from '../app-error';
import type { Caller } from '../caller';
import type { NominationRecord, Repositories } from '../repositories';

// Experts see only what passed the 形式审查.
export const EXPERT_STATUSES: NominationStatus[] = ['accepted', 'scored', 'recommended', 'not_recommended'];
// Submitted at least once: what staff review and what counts as a unit having submitted.
export const REVIEWABLE_STATUSES: NominationStatus[] = ['submitted', 'returned', ...EXPERT_STATUSES];

/** The statuses of other units' nominations each role may see; a contact sees only their own unit's. */
const STATUSES_BY_ROLE: Record<Exclude<Role, 'contact'>, readonly NominationStatus[]> = {
  // A unit's unsubmitted work is its own.
  staff: REVIEWABLE_STATUSES,
  expert: EXPERT_STATUSES,
  admin: NOMINATION_STATUSES,
};

export function statusesVisibleTo(role: Exclude<Role, 'contact'>): NominationStatus[] {
  return [...STATUSES_BY_ROLE[role]];
}

/** May this caller see this nomination at all? */
export function maySeeNomination(caller: Caller, record: NominationRecord): boolean {
  if (caller.role === 'contact') return caller.unitId !== null && caller.unitId === record.unitId;
  // A reviewer bound to a unit (the review demo's staff, made by admin.createReviewDemo) sees that unit's only.
  if (caller.unitId !== null && caller.unitId !== record.unitId) return false;
  return STATUSES_BY_ROLE[caller.role].includes(record.status);
}

/**
 * The one way to load a nomination named by the event: NOT_FOUND when there is none, FORBIDDEN
 * when it is outside the caller's scope. The record is whole (it may be written back); what the
 * caller may read of its form is `formAsSeenBy`.
 */
export async function nominationFor(repos: Repositories, caller: Caller, nominationId: string): Promise<NominationRecord> {
  const record = await repos.nominations.get(nominationId);
  if (!record) throw new AppError('NOT_FOUND', '没有找到这份推荐材料');
  if (!maySeeNomination(caller, record)) throw new AppError('FORBIDDEN', '您没有权限查看这份推荐材料');
  // An expert reaches only what the admin assigned them (by default everything accepted).
  if (caller.role === 'expert' && !isAssigned(await repos.assignments.get(record.campaignId), caller.userId, record))
    throw new AppError('FORBIDDEN', '这份推荐材料没有分配给您评审');
  return record;
}

/** The form as the caller may read it: experts never get 身份证号 or 电话; staff and admin see them masked. */
export function formAsSeenBy(caller: Caller, form: NominationFormDraft): NominationFormDraft {
  if (caller.role === 'contact') return form;
  const { idNumber, phone, ...rest } = form;
  if (caller.role === 'expert') return rest;
  return { ...rest, idNumber: idNumber ? maskIdNumber(idNumber) : undefined, phone: phone ? maskPhone(phone) : undefined };
}
