import { z } from 'zod';
import type { NominationStatus } from '../../domain/status/machine';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination } from '../core/paging';
import type { UnitType } from '../core/repositories';

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
};
