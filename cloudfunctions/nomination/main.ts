import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { nominationFunction } from '../../server/functions/nomination';

export const main = wxMain(nominationFunction, cloud as unknown as WxCloud);
