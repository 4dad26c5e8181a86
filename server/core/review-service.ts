import type { NominationAction, NominationStatus } from '../../domain/status/machine';
import { AppError } from './app-error';
import type { Caller } from './caller';
import { currentCampaign } from './campaign-service';
import { allowTransition } from './nomination-service';
import { type Announcement, announce } from './notifications';
import type { Ports } from './ports';
import type { NominationRecord, Repositories } from './repositories';

// Experts see only what passed the 形式审查.
export const EXPERT_STATUSES: NominationStatus[] = ['accepted', 'scored', 'recommended', 'not_recommended'];
// Submitted at least once: what staff review and what counts as a unit having submitted.
export const REVIEWABLE_STATUSES: NominationStatus[] = ['submitted', 'returned', ...EXPERT_STATUSES];

/** A nomination as a reviewer may reach it; experts get NOT_FOUND for anything not yet accepted. */
export async function reviewable(repos: Repositories, caller: Caller, nominationId: string): Promise<NominationRecord> {
  const record = await repos.nominations.get(nominationId);
  if (!record || (caller.role === 'expert' && !EXPERT_STATUSES.includes(record.status))) {
    throw new AppError('NOT_FOUND', '没有找到这份推荐材料');
  }
  return record;
}

export async function unitContacts(repos: Repositories, unitId: string): Promise<string[]> {
  return (await repos.users.byRole('contact')).filter((u) => u.unitId === unitId).map((u) => u.id);
}

interface ReviewStep {
  nominationId: string;
  version: number;
  action: NominationAction;
  decision?: 'recommended' | 'not_recommended';
  /** The record after the step (status and version are set by the caller of `change`). */
  change(record: NominationRecord): NominationRecord;
  detail?: Record<string, unknown>;
  /** Who to tell, once the step is committed with the same transaction. */
  announce?(record: NominationRecord, repos: Repositories): Promise<Omit<Announcement, 'eventKey'>[]>;
}

/** One reviewer step: version check, the status machine, the write, its audit entry and notices, atomically. */
export async function reviewStep(ports: Ports, caller: Caller, step: ReviewStep) {
  const now = ports.clock.now();
  const at = now.toISOString();
  return ports.db.transaction(async (tx) => {
    const campaign = await currentCampaign(ports, tx);
    const existing = await reviewable(tx, caller, step.nominationId);
    if (existing.version !== step.version) throw new AppError('VERSION_CONFLICT', '这份材料刚被他人处理过，请刷新后再操作');
    const status = await allowTransition(tx, {
      campaign,
      unitId: existing.unitId,
      caller,
      status: existing.status,
      action: step.action,
      now,
      decision: step.decision,
    });
    const record = { ...step.change(existing), status, version: existing.version + 1, updatedAt: at };
    if (!(await tx.nominations.update(record, existing.version))) throw new AppError('VERSION_CONFLICT');
    await tx.audit.append({
      nominationId: record.id,
      actorId: caller.userId,
      action: step.action,
      fromStatus: existing.status,
      toStatus: status,
      at,
      detail: step.detail,
    });
    for (const [i, notice] of ((await step.announce?.(record, tx)) ?? []).entries()) {
      await announce(tx, { ...notice, eventKey: `${step.action}:${record.id}:v${record.version}:${i}` }, now);
    }
    return { id: record.id, version: record.version, status };
  });
}
