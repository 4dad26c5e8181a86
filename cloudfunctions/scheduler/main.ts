import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { fromTimer, schedulerFunction } from '../../server/functions/scheduler';

export const main = wxMain(schedulerFunction, cloud as unknown as WxCloud, fromTimer);
