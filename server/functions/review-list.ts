import { z } from 'zod';
import { categoryKeySchema } from '../../domain/lists/categories';
import { UNIT_TYPE_KEYS } from '../../domain/lists/unit-types';
import { NOMINATION_STATUSES } from '../../domain/status/machine';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination, nominationCursor } from '../core/paging';
import type { NominationRecord, UnitRecord } from '../core/repositories';
import { formAsSeenBy, statusesVisibleTo } from '../core/access/nomination-scope';
import { AppError } from '../core/app-error';
import { MY_SCORE_STATES } from '../../domain/review/assignments';
import { duplicateFinder } from '../core/duplicates';
import { expertScope } from '../core/expert-list';

const PAGE_SIZE = 20;

const byNewest = (a: NominationRecord, b: NominationRecord) =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1;

export const reviewListActions = {
  list: action({
    input: z.object({
      status: z.enum(NOMINATION_STATUSES).optional(),
      category: categoryKeySchema.optional(),
      unitType: z.enum(UNIT_TYPE_KEYS).optional(),
      q: z.string().trim().max(30).optional(),
      /** An expert's own mark: none, draft, final or abstained. */
      myScore: z.enum(MY_SCORE_STATES).optional(),
      cursor: z.string().max(200).optional(),
    }),
    async run({ status, category, unitType, q, myScore, cursor }, { caller, ports }) {
      const campaign = await currentCampaign(ports);
      if (!caller || caller.role === 'contact') throw new AppError('FORBIDDEN');
      const visible = statusesVisibleTo(caller.role);
      const units = new Map<string, UnitRecord>((await ports.db.read.units.list()).map((u) => [u.id, u]));
      // Hundreds of nominations at most (one per unit): read them all in pages of 100, then filter and page here,
      // so the same filters and search work on SQLite and on the cloud database alike.
      const read: NominationRecord[] = [];
      // A unit-bound reviewer (the review demo) lists that unit's; staff and experts leave the test units' out; the admin sees them badged.
      const scope = caller.unitId ? { unitIds: [caller.unitId] } : { excludeTest: caller.role !== 'admin' };
      for await (const n of everyNomination(ports.db.read, { campaignId: campaign.id, statuses: visible, ...scope })) read.push(n);
      // An expert works on what is assigned to them, with their own marks; staff and the admin see the duplicate flag.
      const expert = caller.role === 'expert' ? await expertScope(ports.db.read, caller, campaign.id, read) : null;
      const all = expert?.assigned ?? read;
      const duplicates = expert ? null : duplicateFinder(read, units);
      const counts: Record<string, number> = Object.fromEntries(visible.map((s) => [s, 0]));
      for (const n of all) counts[n.status] = (counts[n.status] ?? 0) + 1;
      const matches = all
        .filter((n) => !status || n.status === status)
        .filter((n) => !category || n.form.category === category)
        .filter((n) => !unitType || units.get(n.unitId)?.type === unitType)
        .filter((n) => !myScore || expert?.myScore(n.id) === myScore)
        .filter((n) => !q || (n.form.name ?? '').includes(q) || (units.get(n.unitId)?.name ?? '').includes(q))
        .sort(byNewest);
      const start = cursor ? matches.findIndex((n) => nominationCursor(n) === cursor) + 1 : 0;
      const page = matches.slice(start, start + PAGE_SIZE);
      return {
        counts,
        total: matches.length,
        ...(expert ? { mine: expert.progress } : {}),
        items: page.map((n) => {
          const form = formAsSeenBy(caller, n.form);
          return {
            id: n.id,
            unitId: n.unitId,
            unitName: units.get(n.unitId)?.name ?? n.unitId,
            unitType: units.get(n.unitId)?.type ?? null,
            test: units.get(n.unitId)?.test === true,
            status: n.status,
            category: n.form.category ?? null,
            name: n.form.name ?? '',
            idNumber: form.idNumber,
            phone: form.phone,
            submittedAt: n.submittedAt,
            updatedAt: n.updatedAt,
            ...(expert ? { myScore: expert.myScore(n.id) } : { duplicateUnits: duplicates?.(n) ?? [] }),
          };
        }),
        nextCursor: start + PAGE_SIZE < matches.length ? nominationCursor(page[page.length - 1]) : null,
      };
    },
  }),
};
