import { openCloudDocument } from '../../services/open-cloud-document';
import type { PrintableFile } from './open-printable';

/** WeChat: the PDF by its cloud fileID, opened in WeChat's viewer (print or share from there). */
export async function openPrintable(file: PrintableFile): Promise<void> {
  await openCloudDocument(file.fileId, 'pdf');
}
