import { z } from 'zod';
import { type Campaign, campaignSchema } from '../../domain/campaign/campaign';
import { UNIT_TYPE_KEYS } from '../../domain/lists/unit-types';
import { safeName } from '../../domain/text/safe-text';
import campaignJson from '../../seed/campaign-2023.json';
import unitsJson from '../../seed/units.json';
import type { Caller } from '../core/caller';
import { createInvite, redeemInvite } from '../core/invites';
import type { Ports } from '../core/ports';
import type { UnitRecord } from '../core/repositories';

/** What the database platform must prepare before the repositories work (the cloud: its collections). */
export interface CollectionSetup {
  ensure(): Promise<{ created: string[]; existing: string[]; indexes: string[] }>;
}

export const unitSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: safeName(z.string().trim().min(1).max(60)),
  type: z.enum(UNIT_TYPE_KEYS),
});

export const setupInput = z.object({
  /** Only for the very first setup, when there is no admin yet (see docs/configuration.md). */
  token: z.string().max(200).optional(),
  /** The first admin's display name. */
  name: safeName(z.string().trim().max(30)).optional(),
  /** Same format as seed/campaign-2023.json and seed/units.json; those files when absent. */
  campaign: campaignSchema.optional(),
  units: z.array(unitSchema).min(1).max(500).optional(),
  /** Overwrite a stored campaign with the same id (otherwise it is kept as the admin left it). */
  replaceCampaign: z.boolean().default(false),
});

/** Stores the campaign unless one with its id exists (kept as the admin left it, or replaced on request). */
export async function seedCampaign(ports: Ports, input: Campaign | undefined, replace: boolean) {
  const campaign = input ?? campaignSchema.parse(campaignJson);
  return ports.db.transaction(async (tx) => {
    const existing = await tx.campaigns.get(campaign.id);
    if (existing && !replace) return { id: campaign.id, action: 'kept' as const };
    await tx.campaigns.put(campaign);
    return { id: campaign.id, action: existing ? ('replaced' as const) : ('created' as const) };
  });
}

/** Adds missing units and updates changed ones, one small transaction each, so a rerun finishes a broken run. */
export async function seedUnits(ports: Ports, input: UnitRecord[] | undefined) {
  const units = input ?? z.array(unitSchema).parse(unitsJson.units);
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const unit of units) {
    const outcome = await ports.db.transaction(async (tx) => {
      const stored = await tx.units.get(unit.id);
      if (stored && stored.name === unit.name && stored.type === unit.type) return 'unchanged' as const;
      await tx.units.put(unit);
      return stored ? ('updated' as const) : ('added' as const);
    });
    counts[outcome]++;
  }
  return counts;
}

const SETUP_CALLER: Caller = { userId: 'setup', role: 'admin', name: '初始化', unitId: null, externalId: null };

/**
 * The first admin: a one-time admin invite, redeemed at once for a WeChat caller who has no role
 * yet; a caller without OPENID (tcb, the console) gets the code to redeem in the mini-program.
 */
export async function bootstrapAdmin(ports: Ports, caller: Caller | null, name: string | undefined) {
  const invite = await createInvite(ports, SETUP_CALLER, { role: 'admin', validDays: 7 });
  const principal = await ports.identity.principal();
  if (!caller && principal.externalId) {
    const bound = await redeemInvite(ports, invite.code, name || '管理员');
    return { bound: true as const, userId: bound.userId };
  }
  return { bound: false as const, inviteCode: invite.code, expiresAt: invite.expiresAt };
}
