import jsQR from 'jsqr';
import { attr } from './miniprogram';

const px = (style: unknown, prop: 'width' | 'height') => Number(new RegExp(`${prop}:\\s*([\\d.]+)px`).exec(String(style ?? ''))?.[1] ?? 0);

/**
 * Reads the QR code the page drew (`.qr` rows of dark/light runs, see qr-code.tsx) the way a phone camera
 * would: rendered into pixels from the nodes' classes and sizes, then decoded with jsQR.
 */
export function decodeRenderedQr(root: Element): string | null {
  const qr = Array.from(root.querySelectorAll('wx-view')).find((n) => String(attr(n, 'class')).split(' ').includes('qr'));
  if (!qr) return null;
  const rows = Array.from(qr.children).map((row) => ({
    height: px(attr(row, 'style'), 'height'),
    runs: Array.from(row.children).map((run) => ({
      dark: String(attr(run, 'class')).includes('qr__dark'),
      width: px(attr(run, 'style'), 'width'),
    })),
  }));
  const module = rows[0]?.height ?? 0;
  if (!module) return null;
  const size = rows.length;
  const quiet = 4;
  const side = (size + 2 * quiet) * module;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  rows.forEach((row, r) => {
    let x = quiet * module;
    for (const run of row.runs) {
      if (run.dark) {
        for (let dy = 0; dy < module; dy++) {
          for (let dx = 0; dx < run.width; dx++) {
            const i = (((quiet + r) * module + dy) * side + x + dx) * 4;
            pixels[i] = 0;
            pixels[i + 1] = 0;
            pixels[i + 2] = 0;
          }
        }
      }
      x += run.width;
    }
  });
  return jsQR(pixels, side, side)?.data ?? null;
}
