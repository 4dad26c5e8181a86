import { downloadLink } from '../../services/browser-download';
import type { ExportFile } from './open-export';

/** H5: the browser downloads the file under its Chinese name. */
export async function openExport(file: ExportFile): Promise<void> {
  downloadLink(file.url, file.name);
}
