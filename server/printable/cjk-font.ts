import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Noto Sans SC Regular (SIL OFL 1.1), TrueType outlines: pdfkit subsets these cleanly. */
export const CJK_FONT_FILE = 'NotoSansSC_400Regular.ttf';
/** The font inside its npm package; a bundled cloud function needs a copy in `fonts/` beside its index.js. */
export const CJK_FONT_PACKAGE_PATH = `@expo-google-fonts/noto-sans-sc/400Regular/${CJK_FONT_FILE}`;

let cached: Buffer | undefined;

/** Where the font may be: beside a bundled cloud function (fonts/), else in node_modules. */
export function cjkFontCandidates(): string[] {
  const found = [path.join(__dirname, 'fonts', CJK_FONT_FILE)];
  try {
    found.push(createRequire(__filename).resolve(CJK_FONT_PACKAGE_PATH));
  } catch {
    // Not installed: a bundled function carries the file in fonts/ instead.
  }
  return found;
}

/** The font's bytes, read once per process (10 MB; only the glyphs used end up in a PDF). */
export function loadCjkFont(): Buffer {
  if (cached) return cached;
  const file = cjkFontCandidates().find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`CJK font ${CJK_FONT_FILE} not found in ${cjkFontCandidates().join(', ')}`);
  cached = fs.readFileSync(file);
  return cached;
}
