import Taro from '@tarojs/taro';
import { copyText } from '../../services/copy-text';
import { openCloudDocument } from '../../services/open-cloud-document';
import type { ExportFile } from './open-export';

/** WeChat opens a workbook in place (by fileID); a zip cannot be opened there, so its link is copied for a computer. */
export async function openExport(file: ExportFile): Promise<void> {
  if (file.name.endsWith('.xlsx')) {
    await openCloudDocument(file.fileId, 'xlsx');
    return;
  }
  const copied = await copyText(file.url, '下载链接已复制', `下载链接：${file.url}`);
  if (copied) {
    await Taro.showModal({ title: '下载链接已复制', content: '请在电脑浏览器中粘贴打开下载（链接 2 小时内有效）。', showCancel: false });
  }
}
