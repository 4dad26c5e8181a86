import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { safeName } from '../../domain/text/safe-text';
import { inviteStatus } from '../../domain/invites/invite-status';
import { UNIT_TYPE_KEYS, type UnitType } from '../../domain/lists/unit-types';
import type { AuditAction } from '../../domain/audit/actions';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import type { Caller } from '../core/caller';
import { action } from '../core/define-function';
import { everyNomination } from '../core/paging';
import type { Repositories, UnitRecord } from '../core/repositories';

const unitName = safeName(z.string().trim().min(2).max(60));
const unitType = z.enum(UNIT_TYPE_KEYS as [UnitType, ...UnitType[]]);
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new unit's id: its type and a random tail, in the seed's id format (the name may change, the id never). */
const newUnitId = (type: UnitType) => `${type}-${Array.from({ length: 8 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('')}`;

async function assertNameFree(tx: Repositories, name: string, exceptId?: string) {
  const clash = (await tx.units.list()).find((u) => u.name === name && u.id !== exceptId);
  if (clash)
    throw new AppError('VALIDATION_FAILED', `已有同名的推荐单位「${name}」`, {
      fields: [{ path: 'name', code: 'duplicate', message: '已有同名的推荐单位' }],
    });
}

function audit(tx: Repositories, caller: Caller, name: AuditAction, at: Date, detail: Record<string, unknown>) {
  return tx.audit.append({
    nominationId: null,
    actorId: caller.userId,
    action: name,
    fromStatus: null,
    toStatus: null,
    at: at.toISOString(),
    detail,
  });
}

/** The admin's unit management: the units with their contact, open invites and this campaign's nomination. */
export const adminUnitActions = {
  listUnits: action({
    input: z.object({}),
    async run(_input, { ports }) {
      const read = ports.db.read;
      const campaign = await currentCampaign(ports);
      const [units, users, invites] = await Promise.all([read.units.list(), read.users.byRole('contact'), read.invites.list()]);
      const statusByUnit = new Map<string, string>();
      for await (const n of everyNomination(read, { campaignId: campaign.id })) statusByUnit.set(n.unitId, n.status);
      const now = ports.clock.now().toISOString();
      return {
        items: units.map((unit) => ({
          ...unit,
          contacts: users.filter((u) => u.unitId === unit.id).map((u) => ({ userId: u.id, name: u.name })),
          openInvites: invites.filter((i) => i.unitId === unit.id && inviteStatus(i, now) === 'unused').length,
          nominationStatus: statusByUnit.get(unit.id) ?? null,
        })),
      };
    },
  }),
  addUnit: action({
    input: z.object({ name: unitName, type: unitType }),
    async run({ name, type }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return ports.db.transaction(async (tx) => {
        await assertNameFree(tx, name);
        const unit: UnitRecord = { id: newUnitId(type), name, type };
        await tx.units.put(unit);
        await audit(tx, caller, 'addUnit', ports.clock.now(), { unit });
        return unit;
      });
    },
  }),
  updateUnit: action({
    input: z
      .object({ unitId: z.string().min(1).max(64), name: unitName.optional(), type: unitType.optional() })
      .refine((v) => v.name !== undefined || v.type !== undefined, '请填写新的单位名称或类型'),
    async run({ unitId, name, type }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return ports.db.transaction(async (tx) => {
        const before = await tx.units.get(unitId);
        if (!before) throw new AppError('NOT_FOUND', '没有这个推荐单位');
        if (name !== undefined) await assertNameFree(tx, name, unitId);
        const unit: UnitRecord = { ...before, name: name ?? before.name, type: type ?? before.type };
        await tx.units.put(unit);
        await audit(tx, caller, 'updateUnit', ports.clock.now(), {
          unitId,
          before: { name: before.name, type: before.type },
          after: { name: unit.name, type: unit.type },
        });
        return unit;
      });
    },
  }),
};
