import cloud from 'wx-server-sdk';
import { wxAdminMain } from '../../server/adapters/wx/cloud-setup';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';

export const main = wxAdminMain(cloud as unknown as WxCloud);
