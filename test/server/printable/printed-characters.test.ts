import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateForSubmit } from '../../../domain/form/nomination-form';
import { FONT_COVERAGE } from '../../../domain/text/font-coverage';
import { fontHas, unprintableChars } from '../../../domain/text/printable';
import { loadCjkFont } from '../../../server/printable/cjk-font';
import { coverageTableOf } from '../../../server/printable/font-coverage';
import { TABLE_BOTTOM, TABLE_RIGHT, TABLE_TOP, VALUE_LEFT } from '../../../server/printable/page-geometry';
import { type RegistrationFormInput, renderRegistrationForm } from '../../../server/printable/registration-form-pdf';
import { sampleRegistrationFormInput } from '../../../server/printable/sample-input';
import { NO_LINE_START } from '../../../server/printable/text-wrap';
import { VALID_FORM } from '../support/nominations';
import { pdfFonts, pdfText, squeeze } from './poppler';

const fontkit: { create(b: Buffer): { hasGlyphForCodePoint(cp: number): boolean } } = require('fontkit');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'printed-characters-'));

async function renderFile(name: string, form: Partial<RegistrationFormInput['form']>): Promise<string> {
  const input = sampleRegistrationFormInput();
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, await renderRegistrationForm({ ...input, form: { ...input.form, ...form } }));
  return file;
}

describe('the font coverage table', () => {
  it('is what scripts/font-coverage.ts makes from the bundled font', () => {
    expect(FONT_COVERAGE).toBe(coverageTableOf(loadCjkFont()));
  });

  it('answers as the font’s own cmap for every code point up to Extension H', () => {
    const font = fontkit.create(loadCjkFont());
    const differ: number[] = [];
    for (let cp = 0; cp <= 0x323af; cp++) if (fontHas(cp) !== font.hasGlyphForCodePoint(cp)) differ.push(cp);
    expect(differ).toEqual([]);
  });

  it('knows the font draws 54 of the 42,720 Extension B characters: 王𠮷 cannot be printed', () => {
    let extB = 0;
    for (let cp = 0x20000; cp <= 0x2a6df; cp++) if (fontHas(cp)) extB++;
    expect(extB).toBe(54);
    expect(unprintableChars('王𠮷')).toEqual(['𠮷']);
    expect(unprintableChars('事迹😀\u200d\ufe0f\n\u3000')).toEqual(['😀']);
  });
});

describe('every character the form accepts prints as itself', () => {
  const rare = '喆堃珺昇燊彧淼玥瑄婧璐翀';
  const mixed = `${rare}，“北京智造”。《（2023—2025年）》 AI 3.5% いろは ＡＢＣ１２３ 𤧛𨱇 〇々`;
  let file: string;
  beforeAll(async () => {
    // Invisible characters (ZWJ, ZWSP, a variation selector, BOM) must vanish, not print as boxes.
    file = await renderFile('mixed', { name: '王喆', deeds: `${mixed}\u200d\u200b\ufe0f\ufeff` });
  });

  it('is accepted by the form rules', () => {
    expect(validateForSubmit({ ...VALID_FORM, name: '王喆', deeds: mixed })).toMatchObject({ ok: true });
  });

  it('comes back from pdftotext character for character, in the one embedded font', () => {
    const text = squeeze(pdfText(file, 1));
    expect(text).toContain('王喆');
    expect(text).toContain(squeeze(mixed));
    expect(pdfFonts(file)).toHaveLength(1);
  });

  it('property: any characters the coverage table allows print as themselves (300 at a time)', async () => {
    const covered = fc
      .integer({ min: 0x21, max: 0x2ffff })
      .filter((cp) => fontHas(cp) && !/[\s\p{Cc}\p{Cf}\p{M}]/u.test(String.fromCodePoint(cp)));
    const sample = fc.sample(covered, { numRuns: 300, seed: 11643 }).map((cp) => String.fromCodePoint(cp));
    const printed = await renderFile('covered', { deeds: sample.join('') });
    const text = squeeze(pdfText(printed, 1));
    expect(sample.filter((ch) => !text.includes(ch))).toEqual([]);
  });
});

describe('the table keeps Chinese line-breaking rules', () => {
  it('starts no line of 主要事迹 with a closing mark', async () => {
    // Words of every length followed by ”。 and ）， so that some land at each line's end.
    const deeds = Array.from({ length: 40 }, (_, i) => `${'巾帼奋斗者'.repeat(3).slice(0, (i % 13) + 1)}“奋斗”。（${i}）、`).join('');
    const file = await renderFile('kinsoku', { deeds, honors: '' });
    const lines = pdfText(file, 1, { top: TABLE_TOP, bottom: TABLE_BOTTOM, left: VALUE_LEFT + 2, right: TABLE_RIGHT - 2 })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => NO_LINE_START.has(Array.from(line)[0]))).toEqual([]);
  });
});
