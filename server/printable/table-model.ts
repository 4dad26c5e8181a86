import { CELL_PAD_X, COLUMN_X, LABEL_SIZE, TABLE_RIGHT, VALUE_LEFT } from './page-geometry';
import { blockHeight, setText, type TextBlock } from './text-block';
import type { MeasureText } from './text-wrap';

/** One cell of the bordered table, laid out but not yet drawn. */
export interface Cell {
  left: number;
  right: number;
  block: TextBlock;
  /** `auto` centres a single line and sets wrapped text flush left, where it reads better. */
  align: 'left' | 'center' | 'auto';
  valign: 'top' | 'middle';
  /** Prints 「（盖 章）」 and 「年 月 日」 at the bottom right. */
  stamp?: boolean;
  /** Small note at the bottom right, e.g. where the text continues. */
  note?: string;
}

export interface Row {
  height: number;
  cells: Cell[];
}

/** Left edge of column `i` (0–5); 6 is the table's right edge. */
export function columnX(i: number): number {
  return i < COLUMN_X.length ? COLUMN_X[i] : TABLE_RIGHT;
}

/** Width available to text in a cell spanning `left`..`right`. */
export function innerWidth(left: number, right: number): number {
  return right - left - 2 * CELL_PAD_X;
}

/** Inner width of the wide value cells (everything right of the label column). */
export const WIDE_INNER = innerWidth(VALUE_LEFT, TABLE_RIGHT);

export function labelCell(text: string, from: number, to: number, em: MeasureText): Cell {
  const left = columnX(from);
  const right = columnX(to);
  return { left, right, block: setText(text, innerWidth(left, right), LABEL_SIZE, em), align: 'center', valign: 'middle' };
}

/** A row of the label column plus one wide value cell; at least `minHeight` tall. */
export function wideRow(label: string, value: TextBlock, minHeight: number, em: MeasureText, extra: Partial<Cell> = {}): Row {
  const labelC = labelCell(label, 0, 1, em);
  const valueC: Cell = { left: VALUE_LEFT, right: TABLE_RIGHT, block: value, align: 'left', valign: 'top', ...extra };
  return { height: Math.max(minHeight, blockHeight(value), blockHeight(labelC.block)), cells: [labelC, valueC] };
}
