import { z } from 'zod';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { nominationView } from '../core/nomination-service';
import { formAsSeenBy, nominationFor } from '../core/access/nomination-scope';
import { changesSinceReturn } from '../core/review-changes';
import { shortCodeOf } from '../core/short-code';
import { formatShanghai } from '../../domain/time/shanghai';
import { REVIEW_QUEUE_MESSAGES } from '../../domain/review/queue-messages';
import { duplicateUnitsOf, unitMap } from '../core/duplicates';

const nominationId = z.string().min(1).max(128);

export const reviewRecordActions = {
  get: action({
    input: z.object({ nominationId }),
    async run({ nominationId: id }, { caller, ports, nomination: record }) {
      if (!caller || !record) throw new AppError('NOT_FOUND');
      const campaign = await currentCampaign(ports);
      // The admin reads the scoring's own steps (scores, abstentions, reopenings, drafted decisions) in the history.
      const view = await nominationView(ports.db.read, ports.files, record, campaign, { internal: caller.role === 'admin' });
      const isExpert = caller.role === 'expert';
      const [scores, media] = await Promise.all([ports.db.read.scores.forNomination(id), ports.db.read.media.forNomination(id)]);
      // The same candidate put forward by another unit, found by the ID's keyed hash (any spelling of the same number), by unit name.
      const sameCandidate = isExpert ? [] : await duplicateUnitsOf(ports.db.read, record, await unitMap(ports.db.read));
      // Staff and the admin see who did each step; an expert's page names no one.
      let history: ((typeof view.history)[number] & { actorName?: string })[] = view.history;
      if (!isExpert) {
        const [entries, users] = await Promise.all([ports.db.read.audit.forNomination(id), ports.db.read.users.list()]);
        const names = new Map(users.map((u) => [u.id, u.name]));
        // The same steps the view keeps for this role (staff see no scoring steps), each with its actor's name.
        const kept = new Set(view.history.map((h) => `${h.at}|${h.action}`));
        history = entries
          .filter((h) => kept.has(`${h.at}|${h.action}`))
          .map((h) => ({
            at: h.at,
            action: h.action,
            from: h.fromStatus,
            to: h.toStatus,
            detail: h.detail,
            actorName: names.get(h.actorId),
          }));
      }
      return {
        ...view,
        history,
        unit: await ports.db.read.units.get(record.unitId),
        // Experts never see the ID number or phone; others see them masked until they reveal one.
        form: formAsSeenBy(caller, record.form),
        // The text check's notice is for the staff who check the material, not for the experts who score it.
        // The snapshot is the server's (it holds the masked form); what a reviewer reads of it is `changes`.
        review: { ...record.review, returnedSnapshot: undefined, ...(isExpert ? { textCheck: undefined } : {}) },
        shortCode: shortCodeOf(record.id),
        changes: changesSinceReturn(record, record.review.returnedSnapshot, media, { withSealed: !isExpert }),
        scores: caller.role === 'admin' ? scores : scores.filter((s) => s.expertId === caller.userId),
        duplicateUnits: sameCandidate,
      };
    },
  }),

  reveal: action({
    input: z.object({ nominationId, field: z.enum(['idNumber', 'phone']) }),
    async run({ nominationId: id, field }, { caller, ports, nomination: record }) {
      if (!caller || !record) throw new AppError('NOT_FOUND');
      const value = record.form[field];
      if (!value) throw new AppError('NOT_FOUND', '该项尚未填写');
      // Every reveal of personal data is recorded: who, what, when.
      await ports.db.transaction((tx) =>
        tx.audit.append({
          nominationId: id,
          actorId: caller.userId,
          action: 'reveal',
          fromStatus: null,
          toStatus: null,
          at: ports.clock.now().toISOString(),
          detail: { field },
        }),
      );
      return { field, value };
    },
  }),

  paperReceived: action({
    input: z.object({
      nominationId,
      copies: z.number().int().min(0).max(2),
      // A calendar date that exists: 2023-02-30 is refused, not stored.
      receivedOn: z.iso.date({ message: '日期格式应为 YYYY-MM-DD，且是实际存在的日期' }).optional(),
    }),
    async run({ nominationId: id, copies, receivedOn }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const now = ports.clock.now();
      const at = now.toISOString();
      // The post arrives on a Beijing day: at 07:00 Beijing the UTC date is still yesterday's.
      const today = formatShanghai(now, 'YYYY-MM-DD');
      if (receivedOn && receivedOn > today) throw new AppError('VALIDATION_FAILED', REVIEW_QUEUE_MESSAGES.receivedInFuture);
      return ports.db.transaction(async (tx) => {
        const record = await nominationFor(tx, caller, id);
        if (record.status === 'draft' || record.status === 'withdrawn')
          throw new AppError('INVALID_STATE', REVIEW_QUEUE_MESSAGES.paperNotSubmitted);
        const paper = { copies, receivedOn: receivedOn ?? today, recordedBy: caller.userId, at };
        const updated = { ...record, review: { ...record.review, paper }, version: record.version + 1, updatedAt: at };
        if (!(await tx.nominations.update(updated, record.version))) throw new AppError('VERSION_CONFLICT');
        await tx.audit.append({
          nominationId: id,
          actorId: caller.userId,
          action: 'paperReceived',
          fromStatus: record.status,
          toStatus: record.status,
          at,
          detail: { copies, receivedOn: paper.receivedOn },
        });
        return { id, version: updated.version, paper };
      });
    },
  }),
};
