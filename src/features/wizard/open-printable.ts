/** Shows the PDF; replaced per platform (open-printable.h5.ts / .weapp.ts). */
export async function openPrintable(_url: string): Promise<void> {
  throw new Error('此平台无法打开 PDF');
}
