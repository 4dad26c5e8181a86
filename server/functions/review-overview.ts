import { z } from 'zod';
import { maskIdNumber } from '../../domain/identity/id-number';
import { maskPhone } from '../../domain/phone/phone';
import type { NominationStatus } from '../../domain/status/machine';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination, nominationCursor } from '../core/paging';
import type { UnitType } from '../core/repositories';
import { EXPERT_STATUSES } from '../core/review-service';

const PAGE_SIZE = 20;

const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  district: '区科协',
  society: '市学会',
  foundation: '基金会',
  grassroots: '基层组织',
};
// Statuses in which a unit counts as having submitted.
const SUBMITTED: NominationStatus[] = ['submitted', 'returned', 'accepted', 'scored', 'recommended', 'not_recommended'];

export const reviewOverviewActions = {
  dashboard: action({
    access: ['admin'],
    input: z.object({}),
    async run(_input, { ports }) {
      const campaign = await currentCampaign(ports);
      const [units, byStatus] = await Promise.all([ports.db.read.units.list(), ports.db.read.nominations.countByStatus(campaign.id)]);
      const submittedUnits = new Set<string>();
      for await (const n of everyNomination(ports.db.read, { campaignId: campaign.id, statuses: SUBMITTED })) {
        submittedUnits.add(n.unitId);
      }
      return {
        unitsTotal: units.length,
        unitsSubmitted: submittedUnits.size,
        byStatus,
        byUnitType: (Object.keys(UNIT_TYPE_LABELS) as UnitType[]).map((type) => {
          const ofType = units.filter((u) => u.type === type);
          return {
            type,
            label: UNIT_TYPE_LABELS[type],
            total: ofType.length,
            submitted: ofType.filter((u) => submittedUnits.has(u.id)).length,
          };
        }),
      };
    },
  }),

  list: action({
    access: ['staff', 'expert', 'admin'],
    input: z.object({
      status: z.string().max(32).optional(),
      cursor: z.string().max(200).optional(),
    }),
    async run({ status, cursor }, { caller, ports }) {
      const campaign = await currentCampaign(ports);
      const isExpert = caller?.role === 'expert';
      const wanted = status ? [status as NominationStatus] : undefined;
      const statuses = isExpert ? (wanted ?? EXPERT_STATUSES).filter((s) => EXPERT_STATUSES.includes(s)) : wanted;
      const rows = await ports.db.read.nominations.list(
        { campaignId: campaign.id, statuses: statuses?.length === 0 ? ['__none__' as NominationStatus] : statuses },
        { after: cursor, limit: PAGE_SIZE + 1 },
      );
      const page = rows.slice(0, PAGE_SIZE);
      const units = new Map((await ports.db.read.units.list()).map((u) => [u.id, u]));
      const counts = await ports.db.read.nominations.countByStatus(campaign.id);
      return {
        counts: isExpert ? Object.fromEntries(EXPERT_STATUSES.map((s) => [s, counts[s] ?? 0])) : counts,
        items: page.map((n) => ({
          id: n.id,
          unitId: n.unitId,
          unitName: units.get(n.unitId)?.name ?? n.unitId,
          unitType: units.get(n.unitId)?.type ?? null,
          status: n.status,
          category: n.form.category ?? null,
          name: n.form.name ?? '',
          idNumber: isExpert || !n.form.idNumber ? undefined : maskIdNumber(n.form.idNumber),
          phone: isExpert || !n.form.phone ? undefined : maskPhone(n.form.phone),
          submittedAt: n.submittedAt,
          updatedAt: n.updatedAt,
        })),
        nextCursor: rows.length > PAGE_SIZE ? nominationCursor(page[page.length - 1]) : null,
      };
    },
  }),
};
