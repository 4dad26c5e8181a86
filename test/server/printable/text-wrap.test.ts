import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MeasureText, NO_LINE_END, NO_LINE_START, wrapText } from '../../../server/printable/text-wrap';
import { squeeze } from './poppler';

// Full-width characters are one em, everything else half: close enough to Noto Sans SC to test breaking.
const em: MeasureText = (text) => Array.from(text).reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2000 ? 1 : 0.5), 0);

const pieces = fc.constantFrom(
  '巾',
  '帼',
  '奋',
  '斗',
  '者',
  '，',
  '。',
  '、',
  '（',
  '）',
  '“',
  '”',
  'a',
  'Z',
  '7',
  '-',
  ' ',
  '\u3000',
  '\n',
  '𠀀',
);

describe('wrapText', () => {
  it('keeps every character, in order, and no line is wider than the column', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 300 }).map((a) => a.join('')),
        fc.integer({ min: 2, max: 40 }),
        (text, width) => {
          const lines = wrapText(text, width, em);
          expect(squeeze(lines.join(''))).toBe(squeeze(text));
          for (const line of lines) expect(em(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it('keeps closing punctuation off the start of a line', () => {
    expect(wrapText('一二三四，五六', 4, em)).toEqual(['一二三', '四，五六']);
  });

  it('keeps a pair of closing marks such as ”。 off the start of a line, carrying the word before them', () => {
    expect(wrapText('一二三“四”。五', 5, em)).toEqual(['一二三', '“四”。五']);
    expect(wrapText('甲乙丙丁”。', 5, em)).toEqual(['甲乙丙', '丁”。']);
  });

  it('property: no line starts with a closing mark or ends with an opening one, when a line is wide enough to avoid it', () => {
    const word = fc.string({ unit: fc.constantFrom(...'巾帼奋斗者首都'), minLength: 1, maxLength: 8 });
    const closers = fc.string({ unit: fc.constantFrom('”', '。', '，', '）', '」', '、', '！'), minLength: 0, maxLength: 2 });
    const openers = fc.string({ unit: fc.constantFrom('“', '（', '「'), minLength: 0, maxLength: 1 });
    const text = fc.array(fc.tuple(openers, word, closers), { minLength: 1, maxLength: 60 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 40 }), (t, width) => {
        const lines = wrapText(t, width, em);
        expect(lines.join('')).toBe(t);
        for (const line of lines) {
          expect(NO_LINE_START.has(Array.from(line)[0])).toBe(false);
          expect(NO_LINE_END.has(Array.from(line).at(-1) ?? '')).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps opening punctuation off the end of a line', () => {
    expect(wrapText('一二三（四五）', 4, em)).toEqual(['一二三', '（四五）']);
  });

  it('keeps a Latin word or number whole, and breaks one longer than the line', () => {
    expect(wrapText('编号 JG7K3F 已登记', 4, em)).toEqual(['编号', 'JG7K3F', '已登记']);
    expect(wrapText('ABCDEFGHIJKL', 3, em)).toEqual(['ABCDEF', 'GHIJKL']);
  });

  it('keeps the typed paragraphs and blank lines', () => {
    expect(wrapText('甲乙\r\n\n丙', 10, em)).toEqual(['甲乙', '', '丙']);
  });
});
