import type { Segment } from './first-page-plan';
import { CONTINUATION_TABLE_BOTTOM, CONTINUATION_TABLE_TOP } from './page-geometry';
import { type Row, wideRow } from './table-model';
import { blockHeight, lineHeight, linesThatFit } from './text-block';
import type { MeasureText } from './text-wrap';

/** Rows shorter than this would hold a line or two: start a new page instead. */
const MIN_ROW = 60;

/** Lays the overflow segments out on as many continuation pages as they need; returns each page's rows. */
export function planContinuation(segments: Segment[], em: MeasureText): Row[][] {
  const pages: Row[][] = [];
  let rows: Row[] = [];
  let y = CONTINUATION_TABLE_TOP;
  const newPage = () => {
    if (rows.length > 0) pages.push(rows);
    rows = [];
    y = CONTINUATION_TABLE_TOP;
  };
  for (const segment of segments) {
    let lines = segment.block.lines;
    while (lines.length > 0) {
      const room = CONTINUATION_TABLE_BOTTOM - y;
      const minimum = Math.min(MIN_ROW, lines.length * lineHeight(segment.block.size));
      if (room < minimum && rows.length > 0) {
        newPage();
        continue;
      }
      const take = Math.max(1, linesThatFit(segment.block.size, room));
      const block = { lines: lines.slice(0, take), size: segment.block.size };
      const row = wideRow(segment.label, block, Math.min(room, Math.max(MIN_ROW, blockHeight(block))), em);
      rows.push(row);
      y += row.height;
      lines = lines.slice(take);
      if (lines.length > 0) newPage();
    }
  }
  newPage();
  return pages;
}
