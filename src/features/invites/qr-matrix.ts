import { create } from 'qrcode/lib/core/qrcode';
import { utf8Bytes } from './utf8';

export interface QrRun {
  dark: boolean;
  length: number;
}

/** A QR symbol as rows of same-colour runs: few enough Views to draw it without a canvas. */
export function qrRows(payload: string): { size: number; rows: QrRun[][] } {
  // One byte segment of our own bytes: given a string, qrcode would call TextEncoder, which WeChat lacks.
  const { modules } = create([{ data: utf8Bytes(payload), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const rows: QrRun[][] = [];
  for (let row = 0; row < modules.size; row += 1) {
    const runs: QrRun[] = [];
    for (let col = 0; col < modules.size; col += 1) {
      const dark = Boolean(modules.get(row, col));
      const last = runs[runs.length - 1];
      if (last && last.dark === dark) last.length += 1;
      else runs.push({ dark, length: 1 });
    }
    rows.push(runs);
  }
  return { size: modules.size, rows };
}
