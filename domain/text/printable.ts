import { FONT_COVERAGE } from './font-coverage';

/** The font's ranges as sorted pairs [start, end], decoded once. */
let ranges: Uint32Array | null = null;
function coverage(): Uint32Array {
  if (ranges) return ranges;
  const parts = FONT_COVERAGE.split(',');
  const out = new Uint32Array(parts.length * 2);
  let previous = 0;
  parts.forEach((part, i) => {
    const [gap, length = '0'] = part.split('-');
    const start = previous + Number.parseInt(gap, 36);
    previous = start + Number.parseInt(length, 36);
    out[2 * i] = start;
    out[2 * i + 1] = previous;
  });
  ranges = out;
  return out;
}

/** Whether the 登记表 font has a glyph for the code point (binary search over its ranges). */
export function fontHas(codePoint: number): boolean {
  const r = coverage();
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < r[2 * mid]) hi = mid - 1;
    else if (codePoint > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Never drawn as glyphs: line breaks and spaces are laid out, format characters and variation selectors dropped.
const LAID_OUT = /[\p{White_Space}\p{Cc}\p{Cf}\p{Variation_Selector}]/u;

/** The distinct characters of `text` the printed 登记表 cannot show, in order of appearance. */
export function unprintableChars(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    if (!LAID_OUT.test(ch) && !fontHas(ch.codePointAt(0) ?? 0)) found.add(ch);
  }
  return [...found];
}
