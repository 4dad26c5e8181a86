import { execFileSync } from 'node:child_process';
import jsQR from 'jsqr';

/** Renders a region of a page (points) in grey at 300 dpi and decodes the QR code in it, as a phone would. */
export function scanQr(file: string, page: number, region: { x: number; y: number; size: number }): string | null {
  const dpi = 300;
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    String(px(region.x)),
    '-y',
    String(px(region.y)),
    '-W',
    String(px(region.size)),
    '-H',
    String(px(region.size)),
    file,
  ]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = pgm
    .subarray(0, 40)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const [head, w, h] = [header[0].length, Number(header[1]), Number(header[2])];
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i += 1) {
    const v = pgm[head + i];
    rgba.set([v, v, v, 255], i * 4);
  }
  return jsQR(rgba, w, h)?.data ?? null;
}
