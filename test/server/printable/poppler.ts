import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Thin wrappers over Debian's poppler-utils, the same tools a reviewer would use on the file.

/** Text with all white space removed (pdftotext spaces CJK by position, not as typed). */
export function squeeze(text: string): string {
  return text.replace(/\s/g, '');
}

/** A rectangle of a page, in points from the top left (pdftotext crops at 72 dpi, so pixels are points). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** `pdftotext -layout` of one page, or of a box on it. */
export function pdfText(file: string, page: number, box?: Box): string {
  const crop = box
    ? [
        '-x',
        String(Math.floor(box.left)),
        '-y',
        String(Math.floor(box.top)),
        '-W',
        String(Math.ceil(box.right - box.left)),
        '-H',
        String(Math.ceil(box.bottom - box.top)),
      ]
    : [];
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), ...crop, file, '-'], { encoding: 'utf8' });
}

export interface RenderedPage {
  file: string;
  width: number;
  height: number;
}

/** `pdftoppm -png -r 60`: one PNG per page, with its pixel size read from the PNG header. */
export function renderPages(file: string, dir: string): RenderedPage[] {
  const prefix = path.join(dir, path.basename(file, '.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(path.basename(prefix)) && name.endsWith('.png'))
    .sort()
    .map((name) => {
      const png = fs.readFileSync(path.join(dir, name));
      return { file: path.join(dir, name), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** The rows of `pdffonts`, cut at the columns its dashed header line marks. */
export function pdfFonts(file: string): PdfFont[] {
  const [, dashes, ...rows] = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const columns = [...dashes.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const [name, type, , emb, sub] = columns.map(([from, to]) => row.slice(from, to).trim());
      return { name, type, embedded: emb === 'yes', subset: sub === 'yes' };
    });
}

/** Pages whose `text` holds `whole` in order, piece after piece: returns what was not found (empty when all was). */
export function missingAfterPages(whole: string, pages: string[]): string {
  let rest = whole;
  for (const text of pages) {
    // Longest prefix of `rest` on this page (prefix presence is monotone, so search by halves).
    let lo = 0;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (text.includes(rest.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    rest = rest.slice(lo);
  }
  return rest;
}
