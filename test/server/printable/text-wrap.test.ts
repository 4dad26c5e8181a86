import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MeasureText, wrapText } from '../../../server/printable/text-wrap';
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
