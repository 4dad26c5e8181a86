import type { Campaign } from '../../../domain/campaign/campaign';
import { callFunction } from '../../services/api';
import { useCall } from '../../services/use-call';

export type CurrentCampaign = Campaign & { unitDeadline: string; serverNow: string };

export function useCampaign() {
  return useCall(() => callFunction<CurrentCampaign>('campaign', 'current'), []);
}
