import { downloadLink } from '../../services/browser-download';
import type { PrintableFile } from './open-printable';

/** H5: the browser downloads the file (the link is short-lived and signed). */
export async function openPrintable(file: PrintableFile): Promise<void> {
  downloadLink(file.url, '推荐人员登记表.pdf');
}
