import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { reviewFunction } from '../../server/functions/review';

export const main = wxMain(reviewFunction, cloud as unknown as WxCloud);
