import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COLUMN_X,
  CONTINUATION_TABLE_BOTTOM,
  CONTINUATION_TABLE_TOP,
  QR_BOX,
  TABLE_BOTTOM,
  TABLE_LEFT,
  TABLE_RIGHT,
  TABLE_TOP,
  VALUE_LEFT,
} from '../../../server/printable/page-geometry';
import { type RegistrationFormInput, renderRegistrationForm } from '../../../server/printable/registration-form-pdf';
import { SAMPLE_DEEDS, SAMPLE_HONORS, sampleRegistrationFormInput } from '../../../server/printable/sample-input';
import { missingAfterPages, pdfFonts, pdfText, renderPages, squeeze } from './poppler';
import { scanQr } from './qr-scan';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registration-form-'));

interface Rendered {
  file: string;
  bytes: Uint8Array;
  pages: number;
  /** Squeezed text of each page, whole. */
  text: string[];
  /** Squeezed text of each page's label column and of its wide value column, inside the table. */
  labels: string[];
  values: string[];
}

/** The vertical extent of the table on a page. */
function tableRows(page: number): { top: number; bottom: number } {
  return page === 1 ? { top: TABLE_TOP, bottom: TABLE_BOTTOM } : { top: CONTINUATION_TABLE_TOP, bottom: CONTINUATION_TABLE_BOTTOM };
}

async function render(name: string, input: RegistrationFormInput): Promise<Rendered> {
  const bytes = await renderRegistrationForm(input);
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  const pngs = renderPages(file, dir);
  const pageNumbers = pngs.map((_, i) => i + 1);
  return {
    file,
    bytes,
    pages: pngs.length,
    text: pageNumbers.map((p) => squeeze(pdfText(file, p))),
    labels: pageNumbers.map((p) => squeeze(pdfText(file, p, { ...tableRows(p), left: TABLE_LEFT + 2, right: VALUE_LEFT - 2 }))),
    values: pageNumbers.map((p) => squeeze(pdfText(file, p, { ...tableRows(p), left: VALUE_LEFT + 2, right: TABLE_RIGHT - 2 }))),
  };
}

const SHORT_HONORS = '2022年 全国三八红旗手；2021年 北京市先进工作者；2020年 首都劳动奖章';

function withForm(form: Partial<RegistrationFormInput['form']>): RegistrationFormInput {
  const input = sampleRegistrationFormInput();
  return { ...input, form: { ...input.form, ...form } };
}

let onePage: Rendered;
let atLimits: Rendered;
let beyond: Rendered;

beforeAll(async () => {
  onePage = await render('one-page', withForm({ honors: SHORT_HONORS }));
  atLimits = await render('at-limits', sampleRegistrationFormInput());
  beyond = await render('beyond-limits', withForm({ deeds: [SAMPLE_DEEDS, SAMPLE_DEEDS, SAMPLE_DEEDS].join('\n') }));
});

describe('the printed 登记表', () => {
  it('is an A4 PDF that pdftoppm renders page by page', () => {
    expect(Buffer.from(onePage.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pngs = renderPages(onePage.file, fs.mkdtempSync(path.join(dir, 'png-')));
    // A4 at 60 dpi: 595.28 × 841.89 pt → 496.1 × 701.6 px, which pdftoppm rounds up.
    for (const png of pngs) expect([png.width, png.height]).toEqual([497, 702]);
  });

  it('fits a 1000-字 事迹 with a few honours on one page', () => {
    expect(onePage.pages).toBe(1);
    expect(missingAfterPages(squeeze(SAMPLE_DEEDS), onePage.values)).toBe('');
    expect(onePage.values[0]).toContain(squeeze(SHORT_HONORS));
  });

  it('carries the title, the 推荐单位 line and the category', () => {
    const [page] = onePage.text;
    // The attachment's title exactly, on its own first line: no year, no activity title inside the quotes.
    expect(pdfText(onePage.file, 1).trim().split('\n')[0].trim()).toBe('“首都最美巾帼奋斗者”推荐人员登记表');
    expect(page).toContain('推荐单位：北京市朝阳区科学技术协会');
    expect(page).toContain('推荐类别：科研创新女性科技工作者');
  });

  it('has the notice’s labels, top to bottom, in the label column', () => {
    expect(onePage.labels[0]).toBe('姓名政治面目单位及职务曾获荣誉主要事迹（1000字以内）推荐单位意见主办单位意见');
    for (const label of ['年龄', '文化程度', '民族', '联系电话', '身份证号']) expect(onePage.text[0]).toContain(label);
  });

  it('fills every field', () => {
    const [page] = onePage.text;
    const { form } = sampleRegistrationFormInput();
    for (const value of [form.name, String(form.age), form.education, form.politicalStatus, form.ethnicity, form.phone]) {
      expect(page).toContain(value);
    }
    expect(page).toContain('11010519491231002X');
    const unitAndPost = squeeze(pdfText(onePage.file, 1, { ...tableRows(1), left: COLUMN_X[1] + 2, right: COLUMN_X[3] - 2 }));
    expect(unitAndPost).toContain(squeeze(form.workUnitAndPost));
    expect(onePage.values[0]).toContain(squeeze(form.unitOpinion));
  });

  it('leaves both opinion boxes room for the stamp and the date', () => {
    const [page] = onePage.text;
    expect(page.match(/（盖章）/g)).toHaveLength(2);
    expect(page.match(/年月日/g)).toHaveLength(2);
  });

  it('tells the user to print two copies, sign, stamp and post them to the campaign’s address', () => {
    const [page] = onePage.text;
    expect(page).toContain('请将本表打印一式两份，签字、盖章后邮寄至：朝阳区育慧里4号北京市科协708房间，北京市科学技术协会收。');
    expect(page).toContain('联系人：王佳87258923；刘伟84650077-8513');
    expect(page).toContain('登记码：JG7K3F');
  });

  it('links the paper to the online record with a QR code that scans', () => {
    const margin = 8;
    const region = { x: QR_BOX.x - margin, y: QR_BOX.y - margin, size: QR_BOX.size + 2 * margin };
    expect(scanQr(onePage.file, 1, region)).toBe('https://jinguo.example.cn/n/JG7K3F');
  });
});

describe('text that does not fit', () => {
  it('continues a 1000-字 事迹 and 499 字 of honours on a second page, nothing cut off', () => {
    expect(atLimits.pages).toBe(2);
    expect(missingAfterPages(squeeze(SAMPLE_HONORS), atLimits.values)).toBe('');
    expect(missingAfterPages(squeeze(SAMPLE_DEEDS), atLimits.values)).toBe('');
    expect(atLimits.values[0]).toContain('（续见第2页）');
  });

  it('names the activity with its year once in each page’s foot, nothing repeated', () => {
    for (const page of atLimits.text) {
      expect(page.match(/2023年度“首都最美巾帼奋斗者”选树活动/g)).toHaveLength(1);
      expect(page).not.toMatch(/活动”|“2023|“首都最美巾帼奋斗者”选树活动”/);
    }
    expect(atLimits.text[0]).toContain('2023年度“首都最美巾帼奋斗者”选树活动第1页/共2页');
  });

  it('marks the continuation page with the nominee, the page count and the copies to print', () => {
    expect(atLimits.text[1]).toContain('“首都最美巾帼奋斗者”推荐人员登记表（续页）');
    expect(atLimits.text[1]).toContain('姓名：张丽华');
    expect(atLimits.labels[1]).toBe('曾获荣誉（续）主要事迹（续）');
    expect(atLimits.text[0]).toContain('第1页/共2页');
    expect(atLimits.text[1]).toContain('第2页/共2页');
    expect(atLimits.text[0]).toContain('一式两份（每份共2页）');
  });

  it('never cuts text off, even past the form’s limits', () => {
    expect(beyond.pages).toBeGreaterThanOrEqual(3);
    const deeds = squeeze([SAMPLE_DEEDS, SAMPLE_DEEDS, SAMPLE_DEEDS].join(''));
    expect(missingAfterPages(deeds, beyond.values)).toBe('');
  });
});

describe('the embedded font', () => {
  it('is Noto Sans SC, embedded as a subset', () => {
    for (const rendered of [onePage, atLimits]) {
      const fonts = pdfFonts(rendered.file);
      expect(fonts).toHaveLength(1);
      expect(fonts[0]).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true });
      expect(fonts[0].name).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular$/);
    }
  });

  it('keeps the file small', () => {
    expect(atLimits.bytes.length).toBeLessThan(300 * 1024);
  });
});

describe('the output', () => {
  it('is the same bytes for the same input, so a stored copy stays valid', async () => {
    expect(Buffer.compare(Buffer.from(await renderRegistrationForm(sampleRegistrationFormInput())), Buffer.from(atLimits.bytes))).toBe(0);
  });

  it('leaves a box blank, not 「null」, when the age is not known yet', async () => {
    const draft = await render('no-age', withForm({ age: null, idNumber: '' }));
    expect(draft.text[0]).toContain('年龄文化程度');
    expect(draft.text[0]).not.toContain('null');
  });
});
