import { z } from 'zod';
import { currentCampaign, deadlineForUnit } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination } from '../core/paging';
import { REVIEWABLE_STATUSES } from '../core/access/nomination-scope';
import { AppError } from '../core/app-error';
import type { NominationRecord } from '../core/repositories';
import { remindUnit, type UnitReminder } from '../core/reminders';
import { UNIT_TYPE_KEYS, UNIT_TYPE_LABELS } from '../../domain/lists/unit-types';
import { REVIEW_QUEUE_MESSAGES } from '../../domain/review/queue-messages';
import type { NominationStatus } from '../../domain/status/machine';

// Returned: the unit owes a corrected submission; it is neither submitted nor missing, and has its own count.
const IN_REVIEW: ReadonlySet<NominationStatus> = new Set(REVIEWABLE_STATUSES.filter((s) => s !== 'returned'));

const REMINDER_REPLIES: Record<UnitReminder['kind'], string> = {
  reminded: '已提醒',
  alreadyToday: '今天已提醒过该单位（每个单位每天最多提醒一次）',
  submitted: REVIEW_QUEUE_MESSAGES.remindSubmitted,
  noContact: REVIEW_QUEUE_MESSAGES.remindNoContact,
  deadlinePassed: REVIEW_QUEUE_MESSAGES.remindPassed,
};

export const reviewOverviewActions = {
  dashboard: action({
    input: z.object({}),
    async run(_input, { ports }) {
      const read = ports.db.read;
      const campaign = await currentCampaign(ports);
      const [allUnits, byStatus, contacts] = await Promise.all([
        read.units.list(),
        read.nominations.countByStatus(campaign.id),
        read.users.byRole('contact'),
      ]);
      // The review demo's test unit is nobody's progress (countByStatus leaves it out too).
      const units = allUnits.filter((u) => !u.test);
      const byUnit = new Map<string, NominationRecord>();
      for await (const n of everyNomination(read, { campaignId: campaign.id, excludeTest: true })) byUnit.set(n.unitId, n);
      const inReview = (unitId: string) => IN_REVIEW.has(byUnit.get(unitId)?.status ?? 'draft');
      const reviewable = [...byUnit.values()].filter((n) => REVIEWABLE_STATUSES.includes(n.status));
      const notSubmitted = [];
      for (const unit of units) {
        if (inReview(unit.id)) continue;
        const deadline = await deadlineForUnit(campaign, unit.id, read);
        notSubmitted.push({
          unitId: unit.id,
          unitName: unit.name,
          unitType: unit.type,
          /** null: not started; draft, withdrawn, or returned (waiting for the corrected submission). */
          status: byUnit.get(unit.id)?.status ?? null,
          contacts: contacts.filter((c) => c.unitId === unit.id).map((c) => ({ userId: c.id, name: c.name })),
          deadline,
          extended: deadline !== campaign.deadline,
        });
      }
      const typeOrder = (type: string) => UNIT_TYPE_KEYS.indexOf(type as (typeof UNIT_TYPE_KEYS)[number]);
      // Grouped as the notice lists units (districts, then societies, …), then by name, so a row is found where it is expected.
      notSubmitted.sort((a, b) => typeOrder(a.unitType) - typeOrder(b.unitType) || a.unitName.localeCompare(b.unitName, 'zh-CN'));
      return {
        unitsTotal: units.length,
        unitsSubmitted: units.filter((u) => inReview(u.id)).length,
        unitsReturned: units.filter((u) => byUnit.get(u.id)?.status === 'returned').length,
        byStatus,
        byUnitType: UNIT_TYPE_KEYS.map((type) => {
          const ofType = units.filter((u) => u.type === type);
          return { type, label: UNIT_TYPE_LABELS[type], total: ofType.length, submitted: ofType.filter((u) => inReview(u.id)).length };
        }),
        // Of what was submitted at least once (a returned one is still of its category).
        byCategory: campaign.categories.map((c) => ({
          key: c.key,
          label: c.label,
          count: reviewable.filter((n) => n.form.category === c.key).length,
        })),
        paperReceived: reviewable.filter((n) => (n.review.paper?.copies ?? 0) > 0).length,
        campaignDeadline: campaign.deadline,
        notSubmitted,
      };
    },
  }),

  /** The scheduler's deadline reminder, now: for one unit, or for every unit that has not submitted. */
  remind: action({
    input: z.object({ unitId: z.string().min(1).max(64).optional() }),
    async run({ unitId }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const read = ports.db.read;
      const now = ports.clock.now();
      const campaign = await currentCampaign(ports);
      const [allUnits, contacts] = await Promise.all([read.units.list(), read.users.byRole('contact')]);
      // The review demo's test unit has no real contact to remind, by name or in 「全部提醒」.
      const units = allUnits.filter((u) => !u.test && (!unitId || u.id === unitId));
      if (unitId && units.length === 0) throw new AppError('NOT_FOUND', '没有这个推荐单位');
      const results = [];
      for (const unit of units) {
        const outcome = await remindUnit(ports, campaign, unit, contacts, now);
        // A bulk 「全部提醒」 only reports on the units it concerns.
        if (!unitId && outcome.kind === 'submitted') continue;
        results.push({ unitId: unit.id, unitName: unit.name, outcome: outcome.kind, message: REMINDER_REPLIES[outcome.kind] });
      }
      const reminded = results.filter((r) => r.outcome === 'reminded');
      if (reminded.length > 0) {
        await ports.db.transaction((tx) =>
          tx.audit.append({
            nominationId: null,
            actorId: caller.userId,
            action: 'remind',
            fromStatus: null,
            toStatus: null,
            at: now.toISOString(),
            detail: { unitIds: reminded.map((r) => r.unitId) },
          }),
        );
      }
      // One unit asked for by name and not reminded: the refusal names why, and nothing was written.
      if (unitId && reminded.length === 0) {
        throw new AppError(results[0].outcome === 'alreadyToday' ? 'RATE_LIMITED' : 'INVALID_STATE', results[0].message);
      }
      return { reminded: reminded.length, results };
    },
  }),
};
