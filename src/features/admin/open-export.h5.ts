import { downloadLink } from '../../services/browser-download';

/** H5: the browser downloads the file under its Chinese name. */
export async function openExport(url: string, name: string): Promise<void> {
  downloadLink(url, name);
}
