import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { notifyFunction } from '../../server/functions/notify';

export const main = wxMain(notifyFunction, cloud as unknown as WxCloud);
