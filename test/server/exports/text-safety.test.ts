import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { demoForm } from '../../../scripts/seed/demo-form';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { CONTACT, VALID_FORM } from '../support/nominations';
import { exportToEnd, openWorkbook, stored, unzipParts } from './run';
import { seedNominations } from './seed';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-10T02:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });

const column = (header: (string | number | null)[], name: string) => header.indexOf(name);

describe('text that cannot break a file', () => {
  it('refuses at input what XML cannot hold, and invisible characters in names and unit names', async () => {
    h = await open();
    const save = (form: Record<string, string>) => h.call(CONTACT, 'nomination', { action: 'saveDraft', form });
    for (const [key, value, message] of [
      ['honors', '2019年\uFFFE北京市三八红旗手', '含有无法保存到表格和文件中的特殊字符'],
      ['deeds', '事迹\u0007', '含有无法保存到表格和文件中的特殊字符'],
      ['name', '\u202E王芳', '含有不可见的控制字符'],
      ['name', '王\u200B芳', '含有不可见的控制字符'],
    ]) {
      const reply = await save({ ...VALID_FORM, [key]: value });
      expect(reply, `${key}: ${JSON.stringify(value)}`).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          fields: [expect.objectContaining({ path: `form.${key}`, message: expect.stringContaining(message) })],
        },
      });
    }
    // Bidi controls in deeds stay allowed (they break no file, and a reader may need them); names never.
    dataOf(await save({ ...VALID_FORM, deeds: `${VALID_FORM.deeds}\u200B` }));
    expect(await h.call('admin-1', 'admin', { action: 'addUnit', name: '海淀\u202E区科协', type: 'district' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });

  it('exports stored text that predates the rule: the xlsx opens, the characters are dropped and said so, formulas are escaped', async () => {
    h = await open();
    const forms = [
      { ...demoForm(0), honors: '2019年\uFFFE北京市三八红旗手', name: '\u202E王芳' },
      { ...demoForm(1), honors: '=HYPERLINK("http://example.com","点此")', workUnitAndPost: '@SUM(A1)' },
      { ...demoForm(2), honors: '-2+3', workUnitAndPost: '+86 某公司' },
    ];
    await seedNominations(h.runtime, { count: 3, statuses: ['submitted'], form: (i) => forms[i] });
    const { result } = await exportToEnd(h, { format: 'xlsx' });
    const bytes = await stored(h, result.fileId);
    // exceljs reads it back: sharedStrings.xml is well-formed.
    const roster = await openWorkbook(bytes);
    const honors = roster.body.map((r) => r[column(roster.header, '曾获荣誉')]);
    expect(honors).toEqual(expect.arrayContaining(['2019年北京市三八红旗手', `'=HYPERLINK("http://example.com","点此")`, "'-2+3"]));
    const posts = roster.body.map((r) => r[column(roster.header, '单位及职务')]);
    expect(posts).toEqual(expect.arrayContaining(["'@SUM(A1)", "'+86 某公司"]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const note = workbook.getWorksheet('说明');
    expect(note?.getRow(2).getCell(1).value).toMatch(/^第 \d 行「曾获荣誉」：删除 1 个字符$/);
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));

    const zip = await exportToEnd(h, { format: 'zip' });
    const folders = [...(await unzipParts(h, zip.result)).keys()].map((name) => name.split('/')[0]);
    expect(folders.some((f) => f.endsWith('-王芳'))).toBe(true);
    expect(folders.join('')).not.toMatch(/\p{Cf}/u);
  });
});
