import { create } from 'qrcode';
import type { Pdf } from './pdf-document';
import { paperScanPath } from '../../domain/review/paper-code';
import type { PrintableReference } from './registration-form-input';

/**
 * What the QR code carries: the record's link when the deployment has one, else the review page's
 * mini-program path with the 登记码, which the app's own scan (Taro.scanCode) opens. WeChat's 扫一扫
 * shows such text as text: only a 小程序码 or a registered https link opens a mini-program from there.
 */
export function qrPayload(reference: PrintableReference): string {
  return reference.url ?? paperScanPath(reference.shortCode);
}

/**
 * Draws a QR code as vector squares `size` points wide at (x, y); dark runs of a row become one
 * rectangle each, so the symbol stays sharp at any print resolution and adds only a few hundred bytes.
 */
export function drawQrCode(doc: Pdf, payload: string, x: number, y: number, size: number): void {
  const { modules } = create(payload, { errorCorrectionLevel: 'M' });
  const unit = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      // A hair of overlap keeps anti-aliasing from drawing seams between rows.
      doc.rect(x + start * unit, y + row * unit, (col - start) * unit, unit + 0.05);
    }
  }
  doc.fillColor('#000000').fill();
}
