import Taro from '@tarojs/taro';

/** WeChat: download the temp URL, then openDocument (print or share from there). */
export async function openPrintable(url: string): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
}
