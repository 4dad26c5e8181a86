import { z } from 'zod';
import { categoryKeySchema } from '../../domain/lists/categories';
import { UNIT_TYPE_KEYS } from '../../domain/lists/unit-types';
import { normalizePaperCode } from '../../domain/review/paper-code';
import { NOMINATION_STATUSES } from '../../domain/status/machine';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination } from '../core/paging';
import type { NominationRecord, UnitRecord } from '../core/repositories';
import { formAsSeenBy, statusesVisibleTo } from '../core/access/nomination-scope';
import { AppError } from '../core/app-error';
import { shortCodeOf } from '../core/short-code';
import { REVIEW_QUEUE_MESSAGES } from '../../domain/review/queue-messages';
import { MY_SCORE_STATES } from '../../domain/review/assignments';
import { duplicateFinder } from '../core/duplicates';
import { expertScope } from '../core/expert-list';

const DEFAULT_PAGE_SIZE = 20;

// Newest submission first, by a key no review step changes (submittedAt moves only when the unit submits
// again), so 「下一条」 after a 通过 or 退回 is the one that stood below it, and pages never shift under a reader.
const queueKey = (n: NominationRecord) => `${n.submittedAt ?? n.createdAt}|${n.id}`;
const inQueueOrder = (a: NominationRecord, b: NominationRecord) => (queueKey(a) < queueKey(b) ? 1 : queueKey(a) > queueKey(b) ? -1 : 0);

// A cursor is the id of the record the page starts after; the older `updatedAt|id` form still reads as its id.
const cursorId = (cursor: string) => cursor.slice(cursor.lastIndexOf('|') + 1);

export const reviewListActions = {
  list: action({
    input: z.object({
      status: z.enum(NOMINATION_STATUSES).optional(),
      category: categoryKeySchema.optional(),
      unitType: z.enum(UNIT_TYPE_KEYS).optional(),
      /** A candidate's or unit's name (part of it), or a 登记码 (with or without its dash, any case). */
      q: z.string().trim().max(30).optional(),
      /** An expert's own mark: none, draft, final or abstained. */
      myScore: z.enum(MY_SCORE_STATES).optional(),
      /** The id of a nomination: the page starts after it in the list's order, whether or not it still matches the filters. */
      cursor: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(100).default(DEFAULT_PAGE_SIZE),
    }),
    async run({ status, category, unitType, q, myScore, cursor, limit }, { caller, ports }) {
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
      const all = [...(expert?.assigned ?? read)].sort(inQueueOrder);
      const duplicates = expert ? null : duplicateFinder(read, units);
      const code = q ? normalizePaperCode(q) : null;
      const matchesQuery = (n: NominationRecord) =>
        !q ||
        (code !== null && shortCodeOf(n.id) === code) ||
        (n.form.name ?? '').includes(q) ||
        (units.get(n.unitId)?.name ?? '').includes(q);
      // Every filter but the status one: the status tabs count what the other filters leave.
      const filtered = all
        .filter((n) => !category || n.form.category === category)
        .filter((n) => !unitType || units.get(n.unitId)?.type === unitType)
        .filter((n) => !myScore || expert?.myScore(n.id) === myScore)
        .filter(matchesQuery);
      const counts: Record<string, number> = Object.fromEntries(visible.map((s) => [s, 0]));
      for (const n of filtered) counts[n.status] = (counts[n.status] ?? 0) + 1;
      const matches = filtered.filter((n) => !status || n.status === status);
      // A record that left the caller's statuses since (withdrawn) still marks its place: only its key is used.
      const after = cursor ? (all.find((n) => n.id === cursorId(cursor)) ?? (await ports.db.read.nominations.get(cursorId(cursor)))) : null;
      if (cursor && (!after || after.campaignId !== campaign.id))
        throw new AppError('VALIDATION_FAILED', REVIEW_QUEUE_MESSAGES.staleCursor);
      const start = after ? matches.findIndex((n) => inQueueOrder(after, n) < 0) : 0;
      const page = start < 0 ? [] : matches.slice(start, start + limit);
      const rest = start < 0 ? 0 : matches.length - start - page.length;
      return {
        counts,
        total: matches.length,
        ...(expert ? { mine: expert.progress } : {}),
        items: page.map((n) => {
          const form = formAsSeenBy(caller, n.form);
          return {
            id: n.id,
            shortCode: shortCodeOf(n.id),
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
        nextCursor: rest > 0 ? page[page.length - 1].id : null,
      };
    },
  }),
};
