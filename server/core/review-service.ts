import type { NominationAction } from '../../domain/status/machine';
import { nominationFor } from './access/nomination-scope';
import { AppError } from './app-error';
import type { Caller } from './caller';
import { currentCampaign } from './campaign-service';
import { allowTransition } from './nomination-service';
import { type Announcement, announce } from './notifications';
import type { Ports } from './ports';
import type { NominationRecord, Repositories } from './repositories';

export async function unitContacts(repos: Repositories, unitId: string): Promise<string[]> {
  return (await repos.users.byRole('contact')).filter((u) => u.unitId === unitId).map((u) => u.id);
}

interface ReviewStep {
  nominationId: string;
  version: number;
  action: NominationAction;
  decision?: 'recommended' | 'not_recommended';
  /** The record after the step (status and version are set by the caller of `change`); `tx` reads in the step's transaction. */
  change(record: NominationRecord, tx: Repositories, at: string): NominationRecord | Promise<NominationRecord>;
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
    const existing = await nominationFor(tx, caller, step.nominationId);
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
    const record = { ...(await step.change(existing, tx, at)), status, version: existing.version + 1, updatedAt: at };
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
