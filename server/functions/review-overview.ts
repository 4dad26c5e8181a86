import { z } from 'zod';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { everyNomination } from '../core/paging';
import { REVIEWABLE_STATUSES } from '../core/access/nomination-scope';
import { UNIT_TYPE_KEYS, UNIT_TYPE_LABELS } from '../../domain/lists/unit-types';

export const reviewOverviewActions = {
  dashboard: action({
    input: z.object({}),
    async run(_input, { ports }) {
      const campaign = await currentCampaign(ports);
      const [allUnits, byStatus] = await Promise.all([ports.db.read.units.list(), ports.db.read.nominations.countByStatus(campaign.id)]);
      // The review demo's test unit is nobody's progress (countByStatus leaves it out too).
      const units = allUnits.filter((u) => !u.test);
      const submittedUnits = new Set<string>();
      for await (const n of everyNomination(ports.db.read, { campaignId: campaign.id, statuses: REVIEWABLE_STATUSES, excludeTest: true })) {
        submittedUnits.add(n.unitId);
      }
      return {
        unitsTotal: units.length,
        unitsSubmitted: submittedUnits.size,
        byStatus,
        byUnitType: UNIT_TYPE_KEYS.map((type) => {
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
