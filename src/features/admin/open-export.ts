/** One file of a finished export, as `review.export` lists it. */
export interface ExportFile {
  fileId: string;
  url: string;
  name: string;
  size: number;
}

/** Hands an exported file to the person; replaced per platform (open-export.h5.ts / .weapp.ts). */
export async function openExport(_file: ExportFile): Promise<void> {
  throw new Error('此平台无法打开导出文件');
}
