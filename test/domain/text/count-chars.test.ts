import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChars } from '../../../domain/text/count-chars';

// Every white space \s matches with the u flag: ASCII, NBSP, ogham, en/em spaces, line/paragraph separators, full-width space, BOM.
const WHITE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

describe('countChars', () => {
  it('counts Chinese characters, letters, digits and punctuation one each', () => {
    expect(countChars('首都最美巾帼奋斗者')).toBe(9);
    expect(countChars('AI 2023，“北京智造”。')).toBe(14);
  });

  it('counts an emoji or a CJK extension B character as one, not as two UTF-16 units', () => {
    expect(countChars('👩‍🔬')).toBe(3); // woman, zero-width joiner, microscope: three code points
    expect(countChars('😀')).toBe(1);
    expect(countChars('𠀀𪚥')).toBe(2);
  });

  it('does not count any kind of white space, including the full-width space and line breaks', () => {
    expect(countChars(WHITE.join(''))).toBe(0);
    expect(countChars('主要\u3000事迹\r\n第二段\u00a0完')).toBe(8);
  });

  it('counts an empty text as zero', () => {
    expect(countChars('')).toBe(0);
  });

  it('property: any mix of white space added anywhere changes nothing', () => {
    const white = fc.string({ unit: fc.constantFrom(...WHITE) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), white)), (pieces) => {
        const bare = pieces.map(([text]) => text).join('');
        const spaced = pieces.map(([text, space]) => space + text).join('');
        expect(countChars(spaced)).toBe(countChars(bare));
      }),
    );
  });

  it('property: a text without white space counts its code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bare = text.replace(/\s/gu, '');
        expect(countChars(bare)).toBe([...bare].length);
      }),
    );
  });
});
