import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../../domain/form/form-keys';
import { countChars, countVisibleCharacters } from '../../../domain/text/count-chars';
import { DEEDS_SAMPLE } from './deeds-sample';

// Unicode White_Space: ASCII, NEL, NBSP, ogham, en/em spaces, line/paragraph separators, narrow NBSP, full-width space.
const WHITE = ' \t\n\r\v\f\u0085\u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000'.split('');
// Invisible: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi marks, variation selectors (text, emoji, ideographic).
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202a', '\ufe0e', '\ufe0f', '\u{e0100}'];

/**
 * Reference written apart from the code: blocks by hex range, not script properties, and counting by
 * splitting, not by scanning: every East Asian character becomes its own token, then tokens are counted.
 */
const EA_RANGES: [number, number][] = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x2fff], // CJK radicals, Kangxi radicals, ideographic description
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3100, 0x312f], // Bopomofo
  [0x3130, 0x318f], // Hangul compatibility Jamo
  [0x3190, 0x31ff], // Kanbun, Bopomofo extended, CJK strokes, Katakana phonetic extensions
  [0x3200, 0x33ff], // Enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // Unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7ff], // Hangul syllables, Jamo extended B
  [0xf900, 0xfaff], // Compatibility ideographs
  [0xfe10, 0xfe1f], // Vertical forms
  [0xfe30, 0xfe6f], // Compatibility and small forms
  [0xff01, 0xffee], // Half-width and full-width forms
  [0x16fe0, 0x16fff], // Ideographic symbols and punctuation
  [0x1aff0, 0x1b16f], // Kana extended and supplement
  [0x20000, 0x3ffff], // Extensions B–I and compatibility supplement
];
const EA_PUNCT = new Set(['“', '”', '‘', '’', '—', '…', '·']);
function wordCountReference(text: string): number {
  const isEa = (ch: string) => {
    const cp = ch.codePointAt(0) ?? 0;
    return EA_PUNCT.has(ch) || EA_RANGES.some(([a, b]) => cp >= a && cp <= b);
  };
  // Combining marks (dakuten, accents, variation selectors) belong to the character before them.
  const isInvisible = (ch: string) => INVISIBLE.includes(ch) || /[\p{Cf}\p{Mn}\p{Me}]/u.test(ch);
  const spaced = Array.from(text)
    .filter((ch) => !isInvisible(ch))
    .map((ch) => (isEa(ch) ? ` ${ch} ` : /[\s\p{Cc}]/u.test(ch) ? ' ' : ch))
    .join('');
  return spaced.split(/\s+/u).filter((t) => t !== '').length;
}

describe('countChars: 字数 as Word and WPS count it', () => {
  it.each([
    ['首都最美巾帼奋斗者', 9, 'one per Chinese character'],
    ['AI 2023，“北京智造”。', 10, 'AI and 2023 one each; ，“”。 one each'],
    ['肺结节检出灵敏度达到97.3%', 11, 'a number with its decimal point and % is one'],
    ['COVID-19 CT智能辅助诊断系统', 10, 'COVID-19 is one word, CT another'],
    ['发表于Nature Communications等期刊', 8, 'an English title is as many words as it has'],
    ['2019YFB1404800', 1, 'a project code is one word'],
    ['T/CAMDI 045-2020', 2, 'a standard number is two words'],
    ['《北京市行动方案（2023—2025年）》', 15, '— and the full-width brackets are East Asian; 2023 and 2025 one each'],
    ['她力量·AI for Science', 7, '· is one; AI, for and Science are words'],
    ['いろは、한국어', 7, 'kana and hangul are one each'],
    ['２０２３年', 5, 'full-width digits are East Asian, one each'],
    ['王𠮷、𪚥', 4, 'Extension B characters are one each'],
    ['主要\u3000事迹\r\n第二段\u00a0完', 8, 'no white space counts'],
    ['科\u200b研\u200d创\ufeff新', 4, 'invisible characters count nothing'],
    ['か\u3099き\u0301', 2, 'a combining mark belongs to the character before it'],
    ['👩‍🔬 科学家 😀', 5, 'an emoji sequence is one word, joined by ZWJ'],
    ['e.g. self-driving, A/B test', 4, 'punctuation inside or after a word belongs to it'],
    ['', 0, 'empty'],
  ])('%s → %i (%s)', (text, expected) => {
    expect(countChars(text)).toBe(expected);
    expect(wordCountReference(text)).toBe(expected);
  });

  it('counts a realistic mixed 事迹 as Word does: within the 1000 字 limit, where counting every character is not', () => {
    expect(countChars(DEEDS_SAMPLE)).toBe(wordCountReference(DEEDS_SAMPLE));
    expect(countChars(DEEDS_SAMPLE)).toBe(862);
    expect(countChars(DEEDS_SAMPLE)).toBeLessThanOrEqual(TEXT_LIMITS.deeds);
    expect(countVisibleCharacters(DEEDS_SAMPLE)).toBe(1142);
  });

  const eastAsian = fc.constantFrom(...'首都最美巾帼奋斗者，。、；：？！“”‘’—…·（）《》【】〇々𠮷𪚥あア한ＡＢ１２');
  const latin = fc.stringMatching(/^[A-Za-z0-9.%@/+\-_]{1,12}$/);
  const space = fc.string({ unit: fc.constantFrom(...WHITE), minLength: 1, maxLength: 3 });
  const invisible = fc.string({ unit: fc.constantFrom(...INVISIBLE), maxLength: 2 });
  const piece = fc.oneof(eastAsian, latin, space, invisible, fc.string({ unit: 'grapheme', maxLength: 4 }));

  it('property: agrees with the reference on generated mixed text (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countChars(text)).toBe(wordCountReference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: white space and invisible characters around East Asian characters change nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eastAsian, space, invisible)), (parts) => {
        const bare = parts.map(([ch]) => ch).join('');
        const padded = parts.map(([ch, s, z]) => `${s}${ch}${z}`).join('');
        expect(countChars(padded)).toBe(countChars(bare));
        expect(countChars(bare)).toBe(parts.length);
      }),
    );
  });

  it('property: words separated by white space count one each, however long', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(latin, space)), (parts) => {
        expect(countChars(parts.map(([w, s]) => w + s).join(''))).toBe(parts.length);
      }),
    );
  });

  it('property: two texts joined by a space count the sum of both', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), space, fc.string({ unit: 'grapheme' }), (a, s, b) => {
        expect(countChars(`${a}${s}${b}`)).toBe(countChars(a) + countChars(b));
      }),
    );
  });

  it('property: never more than the visible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(countChars(text)).toBeLessThanOrEqual(countVisibleCharacters(text));
      }),
    );
  });
});

describe('countVisibleCharacters', () => {
  it('counts code points except white space and invisible ones', () => {
    expect(countVisibleCharacters('阿依古丽·买买提')).toBe(8);
    expect(countVisibleCharacters('王𠮷')).toBe(2);
    expect(countVisibleCharacters(`${WHITE.join('')}${INVISIBLE.join('')}`)).toBe(0);
  });
});
