import cloud from 'wx-server-sdk';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { wxMain } from '../../server/adapters/wx/wx-main';
import { fromMediaCheckPush } from '../../server/core/content-check-result';
import { mediaFunction } from '../../server/functions/media';

// The same function receives WeChat's image-check results (message push, event wxa_media_check).
export const main = wxMain(mediaFunction, cloud as unknown as WxCloud, fromMediaCheckPush);
