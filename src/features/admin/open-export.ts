/** Hands an exported file to the person; replaced per platform (open-export.h5.ts / .weapp.ts). */
export async function openExport(_url: string, _name: string): Promise<void> {
  throw new Error('此平台无法打开导出文件');
}
