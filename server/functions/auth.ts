import { z } from 'zod';
import { safeName } from '../../domain/text/safe-text';
import { AppError } from '../core/app-error';
import { action, defineFunction } from '../core/define-function';
import { createInvite, describeInvites, redeemInvite } from '../core/invites';
import { INVITE_STATUS_KEYS, type InviteStatus } from '../../domain/invites/invite-status';

const role = z.enum(['contact', 'staff', 'expert', 'admin']);

export const authFunction = defineFunction('auth', {
  whoami: action({
    input: z.object({}),
    async run(_input, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const unit = caller.unitId ? await ports.db.read.units.get(caller.unitId) : null;
      return { userId: caller.userId, role: caller.role, name: caller.name, unitId: caller.unitId ?? undefined, unitName: unit?.name };
    },
  }),
  redeemInvite: action({
    input: z.object({ code: z.string().trim().min(4).max(32), name: safeName(z.string().max(30)).optional() }),
    run: ({ code, name }, { ports }) => redeemInvite(ports, code, name),
  }),
  createInvite: action({
    input: z.object({ role, unitId: z.string().max(64).optional(), validDays: z.number().int().min(1).max(90).default(14) }),
    async run(input, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return createInvite(ports, caller, input);
    },
  }),
  listInvites: action({
    input: z.object({ status: z.enum(INVITE_STATUS_KEYS as [InviteStatus, ...InviteStatus[]]).optional() }),
    run: (input, { ports }) => describeInvites(ports, input),
  }),
  revokeInvite: action({
    input: z.object({ code: z.string().max(32) }),
    async run({ code }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return ports.db.transaction(async (tx) => {
        const invite = await tx.invites.get(code);
        if (!invite) throw new AppError('NOT_FOUND', '没有这个邀请码');
        if (invite.usedBy) throw new AppError('INVALID_STATE', '邀请码已被使用，不能作废');
        const revoked = { ...invite, revokedAt: ports.clock.now().toISOString() };
        await tx.invites.put(revoked);
        // The record keeps when; the audit log keeps who.
        await tx.audit.append({
          nominationId: null,
          actorId: caller.userId,
          action: 'revokeInvite',
          fromStatus: null,
          toStatus: null,
          at: revoked.revokedAt,
          detail: { code, role: invite.role, unitId: invite.unitId },
        });
        return revoked;
      });
    },
  }),
});
