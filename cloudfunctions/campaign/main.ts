import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { campaignFunction } from '../../server/functions/campaign';

export const main = wxMain(campaignFunction, cloud as unknown as WxCloud);
