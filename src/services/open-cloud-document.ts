import Taro from '@tarojs/taro';
import { deviceCall } from './device-failure';
import { requireApi } from './require-api';

/**
 * WeChat only: fetches a cloud file by its fileID (no downloadFile domain to whitelist, unlike a temp URL)
 * and opens it in WeChat's viewer, from where it can be printed or sent on.
 */
export function openCloudDocument(fileId: string, fileType: 'pdf' | 'xlsx'): Promise<void> {
  return deviceCall('open-document', async () => {
    requireApi('open-document', 'openDocument');
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: fileId });
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
  });
}
