import type { Campaign } from '../../domain/campaign/campaign';
import { AppError } from './app-error';
import type { Ports } from './ports';
import type { Repositories } from './repositories';

/** The configured campaign, with the deployment's deadline override applied. */
export async function currentCampaign(ports: Ports, repos: Repositories = ports.db.read): Promise<Campaign> {
  const campaign = await repos.campaigns.get(ports.settings.campaignId);
  if (!campaign) throw new AppError('NOT_FOUND', '活动尚未设置，请联系主办单位');
  return ports.settings.deadlineOverride ? { ...campaign, deadline: ports.settings.deadlineOverride } : campaign;
}

/** The deadline that applies to one unit: the campaign's, or the admin's extension for that unit. */
export async function deadlineForUnit(campaign: Campaign, unitId: string, repos: Repositories): Promise<string> {
  const extension = await repos.units.deadlineFor(campaign.id, unitId);
  return extension && extension > campaign.deadline ? extension : campaign.deadline;
}
