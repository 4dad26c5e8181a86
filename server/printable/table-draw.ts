import { CELL_PAD_X, CELL_PAD_Y, LABEL_SIZE, SMALL_SIZE, TABLE_LEFT, TABLE_RIGHT } from './page-geometry';
import type { Pdf } from './pdf-document';
import type { Cell, Row } from './table-model';
import { lineHeight, type TextBlock } from './text-block';
import type { MeasureText } from './text-wrap';

const INNER_RULE = 0.6;
const OUTER_RULE = 1.2;
/** Where the baseline sits in an ideographic em box (Noto's ideographs span 880 up, 120 down). */
const BASELINE_IN_EM = 0.88;

/** Draws one line of text with its baseline at `baseline`. */
export function drawLine(doc: Pdf, text: string, x: number, baseline: number, size: number): void {
  doc.fontSize(size).text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
}

/** Baseline of line `i` of a block whose first line box starts at `top`. */
export function baselineOf(block: TextBlock, top: number, i: number): number {
  const pitch = lineHeight(block.size);
  return top + i * pitch + (pitch - block.size) / 2 + BASELINE_IN_EM * block.size;
}

function drawBlock(doc: Pdf, cell: Cell, top: number, height: number, em: MeasureText): void {
  const { block } = cell;
  const textHeight = block.lines.length * lineHeight(block.size);
  const first = cell.valign === 'middle' ? top + (height - textHeight) / 2 : top + CELL_PAD_Y;
  const centre = cell.align === 'center' || (cell.align === 'auto' && block.lines.length === 1);
  block.lines.forEach((line, i) => {
    const width = em(line) * block.size;
    const x = centre ? (cell.left + cell.right - width) / 2 : cell.left + CELL_PAD_X;
    drawLine(doc, line, x, baselineOf(block, first, i), block.size);
  });
}

/** Right-aligned small print at the bottom of a cell: the stamp and date lines, or a note. */
function drawCellFooter(doc: Pdf, cell: Cell, top: number, height: number, em: MeasureText): void {
  const bottom = top + height;
  const rightAt = (text: string, inset: number, baseline: number, size: number) =>
    drawLine(doc, text, cell.right - inset - em(text) * size, baseline, size);
  if (cell.stamp) {
    rightAt('（盖 章）', 56, bottom - 26, LABEL_SIZE);
    rightAt('年\u3000\u3000月\u3000\u3000日', 30, bottom - 9, LABEL_SIZE);
  }
  if (cell.note) rightAt(cell.note, CELL_PAD_X, bottom - CELL_PAD_Y, SMALL_SIZE);
}

/** Draws the rows as one bordered table starting at `top`; returns the table's bottom. */
export function drawTable(doc: Pdf, rows: Row[], top: number, em: MeasureText): number {
  let y = top;
  doc.lineWidth(INNER_RULE).strokeColor('#000000').fillColor('#000000');
  for (const row of rows) {
    doc.moveTo(TABLE_LEFT, y).lineTo(TABLE_RIGHT, y).stroke();
    for (const cell of row.cells) {
      if (cell.left > TABLE_LEFT)
        doc
          .moveTo(cell.left, y)
          .lineTo(cell.left, y + row.height)
          .stroke();
      drawBlock(doc, cell, y, row.height, em);
      drawCellFooter(doc, cell, y, row.height, em);
    }
    y += row.height;
  }
  doc
    .lineWidth(OUTER_RULE)
    .rect(TABLE_LEFT, top, TABLE_RIGHT - TABLE_LEFT, y - top)
    .stroke();
  return y;
}
