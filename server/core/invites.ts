import { randomInt, randomUUID } from 'node:crypto';
import { INVITE_STATUS_KEYS, type InviteStatus, inviteStatus, normalizeInviteCode } from '../../domain/invites/invite-status';
import type { Role } from '../../domain/status/machine';
import { AppError } from './app-error';
import type { Caller } from './caller';
import type { Ports } from './ports';

// No 0/O, 1/I/L: the code is read aloud and typed on a phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const DAY_MS = 24 * 60 * 60 * 1000;

export function newInviteCode(length = 8): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export async function createInvite(ports: Ports, admin: Caller, args: { role: Role; unitId?: string; validDays: number }) {
  if (args.role === 'contact' && !args.unitId) throw new AppError('VALIDATION_FAILED', '推荐单位联系人的邀请码必须指定推荐单位');
  if (args.role !== 'contact' && args.unitId) throw new AppError('VALIDATION_FAILED', '只有推荐单位联系人的邀请码才指定推荐单位');
  const now = ports.clock.now();
  return ports.db.transaction(async (tx) => {
    if (args.unitId && !(await tx.units.get(args.unitId))) throw new AppError('NOT_FOUND', '没有这个推荐单位');
    const invite = {
      code: newInviteCode(),
      role: args.role,
      unitId: args.unitId ?? null,
      createdBy: admin.userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + args.validDays * DAY_MS).toISOString(),
      usedBy: null,
      usedAt: null,
      revokedAt: null,
    };
    await tx.invites.put(invite);
    // Who gave which role to whom is part of the activity log, as the revoke is.
    await tx.audit.append({
      nominationId: null,
      actorId: admin.userId,
      action: 'createInvite',
      fromStatus: null,
      toStatus: null,
      at: invite.createdAt,
      detail: { code: invite.code, role: invite.role, unitId: invite.unitId, expiresAt: invite.expiresAt },
    });
    return invite;
  });
}

/** Binds the calling WeChat user (by OPENID) to the invite's role and unit; each code works once. */
export async function redeemInvite(ports: Ports, rawCode: string, name: string | undefined) {
  const principal = await ports.identity.principal();
  if (!principal.externalId) throw new AppError('UNAUTHENTICATED', '无法确认您的微信身份，请在微信中打开小程序');
  const now = ports.clock.now();
  return ports.db.transaction(async (tx) => {
    if (await tx.users.findByExternalId(principal.externalId as string)) {
      throw new AppError('INVALID_STATE', '您的微信已绑定身份，无需再次使用邀请码');
    }
    const invite = await tx.invites.get(normalizeInviteCode(rawCode));
    if (!invite) throw new AppError('NOT_FOUND', '邀请码不正确，请核对后重新输入');
    if (invite.revokedAt) throw new AppError('INVALID_STATE', '该邀请码已作废，请联系市科协重新获取');
    if (invite.usedBy) throw new AppError('INVALID_STATE', '该邀请码已被使用，每个邀请码只能使用一次');
    if (invite.expiresAt <= now.toISOString()) throw new AppError('INVALID_STATE', '该邀请码已过期，请联系市科协重新获取');
    const user = {
      id: `u-${randomUUID()}`,
      role: invite.role,
      name: name?.trim() || '新用户',
      unitId: invite.unitId,
      externalId: principal.externalId,
    };
    await tx.users.put(user);
    await tx.invites.put({ ...invite, usedBy: user.id, usedAt: now.toISOString() });
    return { userId: user.id, role: user.role, unitId: user.unitId ?? undefined };
  });
}

/** Every invite with its status at the server's clock, the unit's name and who redeemed it; newest first. */
export async function describeInvites(ports: Ports, filter: { status?: InviteStatus }) {
  const read = ports.db.read;
  const [invites, units, users] = await Promise.all([read.invites.list(), read.units.list(), read.users.list()]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const testUnits = new Set(units.filter((u) => u.test).map((u) => u.id));
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const now = ports.clock.now().toISOString();
  const all = invites
    .map((invite) => ({
      ...invite,
      status: inviteStatus(invite, now),
      unitName: invite.unitId ? (unitNames.get(invite.unitId) ?? null) : null,
      // The review demo's codes (a test unit's): shown with the 「测试」 badge.
      test: invite.unitId !== null && testUnits.has(invite.unitId),
      usedByName: invite.usedBy ? (userNames.get(invite.usedBy) ?? null) : null,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const counts = Object.fromEntries(INVITE_STATUS_KEYS.map((key) => [key, all.filter((i) => i.status === key).length]));
  return { items: filter.status ? all.filter((i) => i.status === filter.status) : all, counts };
}
