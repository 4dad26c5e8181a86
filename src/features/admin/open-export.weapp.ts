import Taro from '@tarojs/taro';

/** WeChat opens a workbook in place; a zip cannot be opened there, so its link is copied for a computer. */
export async function openExport(url: string, name: string): Promise<void> {
  if (name.endsWith('.xlsx')) {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  await Taro.setClipboardData({ data: url });
  await Taro.showModal({ title: '下载链接已复制', content: '请在电脑浏览器中粘贴打开下载（链接 2 小时内有效）。', showCancel: false });
}
