import { downloadLink } from '../../services/browser-download';

/** H5: the browser downloads the file (the link is short-lived and signed). */
export async function openPrintable(url: string): Promise<void> {
  downloadLink(url, '推荐人员登记表.pdf');
}
