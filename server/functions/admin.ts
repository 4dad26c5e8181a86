import { z } from 'zod';
import { AppError } from '../core/app-error';
import { action, type CloudFunction, defineFunction } from '../core/define-function';
import { assertNoAdminYet } from '../core/access/setup-token';
import { purgePersonalData } from '../core/personal-data/purge';
import { createReviewDemo, reviewDemoState } from '../core/review-demo';
import { adminActivityActions } from './admin-activity';
import { adminUnitActions } from './admin-units';
import { bootstrapAdmin, type CollectionSetup, seedCampaign, seedUnits, setupInput } from './setup';

export interface AdminOptions {
  /** The cloud's collections; absent locally, where SQLite's migrations made the tables. */
  collections?: CollectionSetup;
  /** SETUP_TOKEN of the deployment, read per call so a changed variable needs no redeploy. */
  setupToken?: () => string | undefined;
}

/** `admin.setup`: collections, the campaign and its units from the seed format, and the first admin. */
export function adminFunction(options: AdminOptions = {}): CloudFunction {
  return defineFunction(
    'admin',
    {
      ...adminUnitActions,
      ...adminActivityActions,
      setup: action({
        input: setupInput,
        async run(input, { caller, ports }) {
          // The table's `admin-or-setup-token` let the call in: the admin, or the holder of SETUP_TOKEN.
          const mode = caller?.role === 'admin' ? 'admin' : 'bootstrap';
          // Before the admin check: on a new environment even the users collection does not exist yet.
          const collections = options.collections ? await options.collections.ensure() : { created: [], existing: [], indexes: [] };
          if (mode === 'bootstrap') await assertNoAdminYet(ports);
          const campaign = await seedCampaign(ports, input.campaign, input.replaceCampaign);
          const units = await seedUnits(ports, input.units);
          const admin = mode === 'bootstrap' ? await bootstrapAdmin(ports, caller, input.name) : undefined;
          const warnings =
            campaign.id === ports.settings.campaignId
              ? []
              : [
                  `活动 ${campaign.id} 已保存，但云函数的 CAMPAIGN_ID 是 ${ports.settings.campaignId}：请把各云函数的 CAMPAIGN_ID 改为 ${campaign.id}`,
                ];
          return { collections, campaign, units, admin, activeCampaignId: ports.settings.campaignId, warnings };
        },
      }),
      createReviewDemo: action({
        input: z.object({ renew: z.boolean().default(false) }),
        async run({ renew }, { caller, ports }) {
          if (!caller) throw new AppError('UNAUTHENTICATED');
          return createReviewDemo(ports, caller, { renew });
        },
      }),
      reviewDemo: action({
        input: z.object({}),
        run: (_input, { ports }) => reviewDemoState(ports),
      }),
      purgePersonalData: action({
        input: z.object({ campaignId: z.string().min(1).max(64) }),
        async run({ campaignId }, { caller, ports }) {
          if (!caller) throw new AppError('UNAUTHENTICATED');
          return purgePersonalData(ports, caller, campaignId);
        },
      }),
    },
    { setupToken: options.setupToken },
  );
}
