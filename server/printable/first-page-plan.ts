import {
  BODY_SIZES,
  DEEDS_MIN_HEIGHT,
  FIELD_ROW_HEIGHT,
  HONORS_MIN_HEIGHT,
  ORGANIZER_OPINION_HEIGHT,
  OVERFLOW_SIZE,
  STAMP_LINES_HEIGHT,
  TABLE_BOTTOM,
  TABLE_TOP,
  UNIT_OPINION_MIN_HEIGHT,
} from './page-geometry';
import type { PrintableForm } from './registration-form-input';
import { type Cell, columnX, innerWidth, labelCell, type Row, WIDE_INNER, wideRow } from './table-model';
import { blockHeight, fitOrGrow, indentParagraphs, lineHeight, setText, splitBlock, type TextBlock } from './text-block';
import type { MeasureText } from './text-wrap';

/** Text that did not fit page 1 and goes on a continuation page under `label`. */
export interface Segment {
  label: string;
  block: TextBlock;
}

export interface FirstPagePlan {
  rows: Row[];
  overflow: Segment[];
}

export const LABELS = {
  name: '姓\u3000\u3000名',
  age: '年龄',
  education: '文化程度',
  politicalStatus: '政治面目',
  ethnicity: '民族',
  phone: '联系电话',
  workUnitAndPost: '单位及职务',
  idNumber: '身份证号',
  honors: '曾获荣誉',
  deeds: '主要事迹\n（1000字以内）',
  unitOpinion: '推荐单位意见',
  organizerOpinion: '主办单位意见',
} as const;

const CONTINUED_NOTE = '（续见第2页）';

type Spec = [label: string, value: string, from: number, to: number];

/** A short-field row: label/value pairs; values shrink to keep the row at its height, else it grows. */
function fieldRow(specs: Spec[], em: MeasureText): Row {
  const cells = specs.flatMap(([label, value, from, to]): Cell[] => {
    const left = columnX(from + 1);
    const right = columnX(to);
    const block = fitOrGrow(value, innerWidth(left, right), FIELD_ROW_HEIGHT, em);
    return [labelCell(label, from, from + 1, em), { left, right, block, align: 'auto', valign: 'middle' }];
  });
  return { height: Math.max(FIELD_ROW_HEIGHT, ...cells.map((c) => blockHeight(c.block))), cells };
}

function unitOpinionRow(text: string, em: MeasureText): Row {
  const block = fitOrGrow(indentParagraphs(text), WIDE_INNER, UNIT_OPINION_MIN_HEIGHT - STAMP_LINES_HEIGHT, em);
  return wideRow(LABELS.unitOpinion, block, Math.max(UNIT_OPINION_MIN_HEIGHT, blockHeight(block) + STAMP_LINES_HEIGHT), em, {
    stamp: true,
  });
}

/** Honors and deeds share what is left: the largest common size that fits both, the deeds cell taking the slack. */
function fitFreeText(form: PrintableForm, available: number, em: MeasureText): { honors: Row; deeds: Row; overflow: Segment[] } {
  for (const size of BODY_SIZES) {
    const honors = setText(form.honors, WIDE_INNER, size, em);
    const deeds = setText(indentParagraphs(form.deeds), WIDE_INNER, size, em);
    const honorsHeight = Math.max(HONORS_MIN_HEIGHT, blockHeight(honors));
    if (honorsHeight + Math.max(DEEDS_MIN_HEIGHT, blockHeight(deeds)) <= available) {
      return {
        honors: wideRow(LABELS.honors, honors, honorsHeight, em),
        deeds: wideRow(LABELS.deeds, deeds, available - honorsHeight, em),
        overflow: [],
      };
    }
  }
  return splitFreeText(form, available, em);
}

/** Even the smallest type does not fit: fill page 1 at a readable size and continue the rest. */
function splitFreeText(form: PrintableForm, available: number, em: MeasureText): { honors: Row; deeds: Row; overflow: Segment[] } {
  const honors = setText(form.honors, WIDE_INNER, OVERFLOW_SIZE, em);
  const deeds = setText(indentParagraphs(form.deeds), WIDE_INNER, OVERFLOW_SIZE, em);
  const noteRoom = lineHeight(OVERFLOW_SIZE);
  const honorsHeight = Math.min(Math.max(HONORS_MIN_HEIGHT, blockHeight(honors)), available * 0.4);
  const deedsHeight = available - honorsHeight;
  const honorsCut = blockHeight(honors) > honorsHeight;
  const [honorsHere, honorsRest] = honorsCut ? splitBlock(honors, honorsHeight - noteRoom) : [honors, { lines: [], size: OVERFLOW_SIZE }];
  const deedsCut = blockHeight(deeds) > deedsHeight;
  const [deedsHere, deedsRest] = deedsCut ? splitBlock(deeds, deedsHeight - noteRoom) : [deeds, { lines: [], size: OVERFLOW_SIZE }];
  const overflow: Segment[] = [];
  if (honorsRest.lines.length > 0) overflow.push({ label: '曾获荣誉\n（续）', block: honorsRest });
  if (deedsRest.lines.length > 0) overflow.push({ label: '主要事迹\n（续）', block: deedsRest });
  return {
    honors: wideRow(LABELS.honors, honorsHere, honorsHeight, em, honorsCut ? { note: CONTINUED_NOTE } : {}),
    deeds: wideRow(LABELS.deeds, deedsHere, deedsHeight, em, deedsCut ? { note: CONTINUED_NOTE } : {}),
    overflow,
  };
}

/** Lays out the notice's table on page 1; whatever cannot fit is returned as overflow. */
export function planFirstPage(form: PrintableForm, em: MeasureText): FirstPagePlan {
  const top = [
    fieldRow(
      [
        [LABELS.name, form.name, 0, 2],
        [LABELS.age, form.age === null ? '' : String(form.age), 2, 4],
        [LABELS.education, form.education, 4, 6],
      ],
      em,
    ),
    fieldRow(
      [
        [LABELS.politicalStatus, form.politicalStatus, 0, 2],
        [LABELS.ethnicity, form.ethnicity, 2, 4],
        [LABELS.phone, form.phone, 4, 6],
      ],
      em,
    ),
    fieldRow(
      [
        [LABELS.workUnitAndPost, form.workUnitAndPost, 0, 3],
        [LABELS.idNumber, form.idNumber, 3, 6],
      ],
      em,
    ),
  ];
  const bottom = [
    unitOpinionRow(form.unitOpinion, em),
    wideRow(LABELS.organizerOpinion, { lines: [], size: BODY_SIZES[0] }, ORGANIZER_OPINION_HEIGHT, em, { stamp: true }),
  ];
  const used = [...top, ...bottom].reduce((sum, r) => sum + r.height, 0);
  const free = fitFreeText(form, TABLE_BOTTOM - TABLE_TOP - used, em);
  return { rows: [...top, free.honors, free.deeds, ...bottom], overflow: free.overflow };
}
