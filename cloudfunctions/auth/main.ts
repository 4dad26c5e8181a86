import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { authFunction } from '../../server/functions/auth';

export const main = wxMain(authFunction, cloud as unknown as WxCloud);
