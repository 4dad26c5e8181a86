import ExcelJS from 'exceljs';
import { xmlSafe } from '../../domain/text/safe-text';
import type { UserRecord } from '../core/repositories';
import type { RosterRow } from './roster-rows';

type Cell = string | number | null;

interface Column {
  header: string;
  value(row: RosterRow, index: number): Cell;
  /** Widest a column may grow (characters); long text wraps instead. */
  max?: number;
  numFmt?: string;
}

const FIXED: Column[] = [
  { header: '序号', value: (_, i) => i + 1 },
  { header: '推荐单位', value: (r) => r.unit, max: 30 },
  { header: '单位类型', value: (r) => r.unitType },
  { header: '重点选树类别', value: (r) => r.category, max: 24 },
  { header: '姓名', value: (r) => r.name },
  { header: '年龄', value: (r) => r.age },
  { header: '文化程度', value: (r) => r.education },
  { header: '政治面貌', value: (r) => r.politicalStatus },
  { header: '民族', value: (r) => r.ethnicity },
  { header: '联系电话', value: (r) => r.phone },
  { header: '身份证号', value: (r) => r.idNumber },
  { header: '单位及职务', value: (r) => r.workUnitAndPost, max: 30 },
  { header: '曾获荣誉', value: (r) => r.honors, max: 40 },
  { header: '主要事迹字数', value: (r) => r.deedsLength },
  { header: '状态', value: (r) => r.status },
  { header: '提交时间（北京时间）', value: (r) => r.submittedAt },
  { header: '纸质材料（份）', value: (r) => r.paperCopies },
];

const SCORE_FORMAT = '0.0';

// What a spreadsheet re-saved as CSV (or pasted) would read as a formula: OWASP's list.
const FORMULA_START = /^[=+\-@\t\r]/;

interface Dropped {
  row: number;
  header: string;
  count: number;
}

/**
 * A cell's text as the workbook can hold it: characters XML cannot hold are dropped (counted for the
 * note) and a text that would start a formula gets a leading apostrophe, as Excel's own escape.
 */
function cellOf(value: Cell, header: string, row: number, dropped: Dropped[]): Cell {
  if (typeof value !== 'string') return value;
  const safe = xmlSafe(value);
  if (safe.dropped > 0) dropped.push({ row, header, count: safe.dropped });
  return FORMULA_START.test(safe.text) ? `'${safe.text}` : safe.text;
}

/** A second sheet 说明 when cells lost characters, so the reader knows the roster is not exactly as typed. */
function noteSheet(workbook: ExcelJS.Workbook, dropped: readonly Dropped[]) {
  if (dropped.length === 0) return;
  const sheet = workbook.addWorksheet('说明');
  sheet.addRow(['以下单元格含有表格文件无法保存的字符，导出时已删除：']);
  for (const d of dropped) sheet.addRow([`第 ${d.row} 行「${d.header}」：删除 ${d.count} 个字符`]);
  sheet.getColumn(1).width = 60;
}

/** Columns of the roster: the 登记表 fields, then one per expert, the average and the decision. */
export function rosterColumns(experts: readonly Pick<UserRecord, 'id' | 'name'>[]): Column[] {
  return [
    ...FIXED,
    ...experts.map((e): Column => ({ header: `${e.name}评分`, value: (r) => r.expertTotals[e.id] ?? null, numFmt: SCORE_FORMAT })),
    { header: '平均分', value: (r) => r.average, numFmt: SCORE_FORMAT },
    { header: '推荐结果', value: (r) => r.decision },
    { header: '重复推荐（其他单位）', value: (r) => r.duplicates ?? '', max: 30 },
  ];
}

// A CJK character is about two Latin characters wide in Excel's default font.
const displayWidth = (text: string) => Array.from(text).reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/** The roster workbook: one sheet 推荐名单, styled frozen header, sized columns, a filter on every column. */
export async function rosterWorkbook(rows: readonly RosterRow[], experts: readonly Pick<UserRecord, 'id' | 'name'>[], createdAt: Date) {
  const columns = rosterColumns(experts);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '巾帼推荐';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet('推荐名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => cellOf(c.header, '表头', 1, [])));
  const dropped: Dropped[] = [];
  const table = rows.map((row, i) => columns.map((c) => cellOf(c.value(row, i), c.header, i + 2, dropped)));
  for (const cells of table) sheet.addRow(cells);
  columns.forEach((column, i) => {
    const cells = table.map((cells) => String(cells[i] ?? ''));
    const widest = Math.max(displayWidth(column.header), ...cells.map(displayWidth));
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.min(column.max ?? 24, Math.max(6, widest + 2));
    sheetColumn.alignment = { vertical: 'top', wrapText: (column.max ?? 0) >= 30 };
    if (column.numFmt) sheetColumn.numFmt = column.numFmt;
  });
  const header = sheet.getRow(1);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB03A48' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF7A1F2B' } } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  noteSheet(workbook, dropped);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
