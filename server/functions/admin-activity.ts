import { z } from 'zod';
import { AUDIT_ACTIONS, auditActionLabel } from '../../domain/audit/actions';
import { auditDetailSummary } from '../../domain/audit/summary';
import { normalizePaperCode } from '../../domain/review/paper-code';
import { REVIEW_QUEUE_MESSAGES } from '../../domain/review/queue-messages';
import { ROLE_LABELS } from '../../domain/status/machine';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination } from '../core/paging';
import type { NominationRecord } from '../core/repositories';
import { shortCodeOf } from '../core/short-code';

const REVIEWER_ROLES = ['staff', 'expert', 'admin'] as const;

/** The admin's activity log (every logged change and exit of personal data, searched) and the people who review. */
export const adminActivityActions = {
  activityLog: action({
    input: z.object({
      actorId: z.string().min(1).max(128).optional(),
      /** The logged action (the event's own `action` names this call). */
      auditAction: z.enum(AUDIT_ACTIONS).optional(),
      /** A candidate's or unit's name (part of it), or a 登记码: the entries about the nominations it finds. */
      q: z.string().trim().min(1).max(30).optional(),
      nominationId: z.string().min(1).max(128).optional(),
      cursor: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    async run({ actorId, auditAction: name, q, nominationId, cursor, limit }, { ports }) {
      const read = ports.db.read;
      const campaign = await currentCampaign(ports);
      const [users, units] = await Promise.all([read.users.list(), read.units.list()]);
      const people = new Map(users.map((u) => [u.id, u]));
      const unitNames = new Map(units.map((u) => [u.id, u.name]));
      const nominations = new Map<string, NominationRecord>();
      for await (const n of everyNomination(read, { campaignId: campaign.id })) nominations.set(n.id, n);
      let nominationIds: string[] | undefined = nominationId ? [nominationId] : undefined;
      if (q) {
        const code = normalizePaperCode(q);
        const found = [...nominations.values()]
          .filter(
            (n) =>
              (code !== null && shortCodeOf(n.id) === code) ||
              (n.form.name ?? '').includes(q) ||
              (unitNames.get(n.unitId) ?? '').includes(q),
          )
          .map((n) => n.id);
        nominationIds = nominationIds ? nominationIds.filter((id) => found.includes(id)) : found;
      }
      const page = await read.audit.search({ actorId, actions: name ? [name] : undefined, nominationIds }, { cursor, limit });
      return {
        items: page.rows.map((row) => {
          const actor = people.get(row.actorId);
          const n = row.nominationId ? nominations.get(row.nominationId) : undefined;
          return {
            id: row.id,
            at: row.at,
            action: row.action,
            label: auditActionLabel(row.action),
            summary: auditDetailSummary(row.action, row.detail),
            actorId: row.actorId,
            // `setup`: the first admin's invite, made by whoever held SETUP_TOKEN.
            actorName: actor?.name ?? (row.actorId === 'setup' ? '初始化（SETUP_TOKEN）' : row.actorId),
            actorRole: actor ? ROLE_LABELS[actor.role] : null,
            nominationId: row.nominationId,
            nominationLabel: n ? `${n.form.name || '（未填写姓名）'} · ${unitNames.get(n.unitId) ?? n.unitId}` : null,
            fromStatus: row.fromStatus,
            toStatus: row.toStatus,
          };
        }),
        nextCursor: page.nextCursor,
      };
    },
  }),

  people: action({
    input: z.object({}),
    async run(_input, { ports }) {
      const users = (await ports.db.read.users.list()).filter((u) => (REVIEWER_ROLES as readonly string[]).includes(u.role));
      return {
        items: users.map((u) => ({
          id: u.id,
          name: u.name,
          role: u.role,
          roleLabel: ROLE_LABELS[u.role],
          // A unit-bound reviewer is the review demo's (WeChat's 审核 account).
          unitId: u.unitId,
          bound: u.externalId !== null,
          deactivatedAt: u.deactivatedAt ?? null,
        })),
      };
    },
  }),

  /** Deactivates (or restores) one person: from the next call on, theirs are refused; the admin cannot stop themself. */
  setActive: action({
    input: z.object({ userId: z.string().min(1).max(128), active: z.boolean() }),
    async run({ userId, active }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      if (userId === caller.userId) throw new AppError('INVALID_STATE', REVIEW_QUEUE_MESSAGES.selfDeactivate);
      const at = ports.clock.now().toISOString();
      return ports.db.transaction(async (tx) => {
        const user = await tx.users.get(userId);
        if (!user) throw new AppError('NOT_FOUND', REVIEW_QUEUE_MESSAGES.userNotFound);
        const was = !user.deactivatedAt;
        if (was === active) return { userId, active, deactivatedAt: user.deactivatedAt ?? null, changed: false };
        const updated = { ...user, deactivatedAt: active ? null : at };
        await tx.users.put(updated);
        await tx.audit.append({
          nominationId: null,
          actorId: caller.userId,
          action: active ? 'reactivateUser' : 'deactivateUser',
          fromStatus: null,
          toStatus: null,
          at,
          detail: { userId, name: user.name, role: user.role },
        });
        return { userId, active, deactivatedAt: updated.deactivatedAt, changed: true };
      });
    },
  }),
};
