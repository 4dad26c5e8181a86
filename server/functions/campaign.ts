import { z } from 'zod';
import { currentCampaign, deadlineForUnit } from '../core/campaign-service';
import { action, defineFunction } from '../core/define-function';

export const campaignFunction = defineFunction('campaign', {
  current: action({
    input: z.object({}),
    async run(_input, { caller, ports }) {
      const campaign = await currentCampaign(ports);
      const unitDeadline = caller?.unitId != null ? await deadlineForUnit(campaign, caller.unitId, ports.db.read) : campaign.deadline;
      // The app counts down against the server's clock, which may run on a replayed date (`NOW`).
      return { ...campaign, unitDeadline, serverNow: ports.clock.now().toISOString() };
    },
  }),
});
