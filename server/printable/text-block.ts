import { BODY_SIZES, CELL_PAD_Y, LINE_PITCH } from './page-geometry';
import { type MeasureText, wrapText } from './text-wrap';

/** Lines of text set at one size. */
export interface TextBlock {
  lines: string[];
  size: number;
}

export function lineHeight(size: number): number {
  return size * LINE_PITCH;
}

/** Height of a cell holding the block, padding included. */
export function blockHeight(block: TextBlock): number {
  return block.lines.length * lineHeight(block.size) + 2 * CELL_PAD_Y;
}

/** How many lines of this size fit in a cell of this height. */
export function linesThatFit(size: number, height: number): number {
  return Math.max(0, Math.floor((height - 2 * CELL_PAD_Y + 0.01) / lineHeight(size)));
}

/** Chinese paragraphs open with a two-character indent, whatever the typist used. */
export function indentParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((p) => (p.trim() === '' ? '' : `\u3000\u3000${p.trim()}`))
    .join('\n');
}

/** Sets `text` at `size` in a column `width` wide; `em` measures text at 1 pt. */
export function setText(text: string, width: number, size: number, em: MeasureText): TextBlock {
  const lines = text.trim() === '' ? [] : wrapText(text.trimEnd(), width / size, em);
  return { lines, size };
}

/** The largest size (down to the floor) at which `text` fits `height`; null when even the floor does not. */
export function fitText(
  text: string,
  width: number,
  height: number,
  em: MeasureText,
  sizes: readonly number[] = BODY_SIZES,
): TextBlock | null {
  for (const size of sizes) {
    const block = setText(text, width, size, em);
    if (blockHeight(block) <= height + 0.01) return block;
  }
  return null;
}

/** Fits `text` within `height` if any size allows, else sets it at the floor size and lets it grow. */
export function fitOrGrow(text: string, width: number, height: number, em: MeasureText): TextBlock {
  return fitText(text, width, height, em) ?? setText(text, width, BODY_SIZES[BODY_SIZES.length - 1], em);
}

/** Splits a block after the lines that fit `height`; the rest continues elsewhere. */
export function splitBlock(block: TextBlock, height: number): [TextBlock, TextBlock] {
  const n = linesThatFit(block.size, height);
  return [
    { lines: block.lines.slice(0, n), size: block.size },
    { lines: block.lines.slice(n), size: block.size },
  ];
}
