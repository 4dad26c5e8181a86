/** `nomination.printable`'s reply: the stored file's id and a short-lived link to it. */
export interface PrintableFile {
  fileId: string;
  url: string;
}

/** Shows the PDF; replaced per platform (open-printable.h5.ts / .weapp.ts). */
export async function openPrintable(_file: PrintableFile): Promise<void> {
  throw new Error('此平台无法打开 PDF');
}
