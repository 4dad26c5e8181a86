import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { mediaFunction } from '../../server/functions/media';

export const main = wxMain(mediaFunction, cloud as unknown as WxCloud);
