// Word/WPS 「字数统计」: what an East Asian typesetter treats as one character cell.
const EAST_ASIAN = new RegExp(
  [
    '[\\p{Script=Han}',
    // Hangul jamo; radicals, CJK punctuation, kana, bopomofo, strokes, enclosed and compatibility forms; hangul syllables.
    '\\u1100-\\u11ff\\u2e80-\\u33ff\\ua960-\\ua97f\\uac00-\\ud7ff',
    // Vertical, compatibility, small, full-width and half-width forms; ideographic symbols; kana supplements.
    '\\ufe10-\\ufe1f\\ufe30-\\ufe6f\\uff01-\\uffee\\u{16fe0}-\\u{16fff}\\u{1aff0}-\\u{1b16f}',
    // Punctuation Chinese text shares with Western text, set full-width in a Chinese document: “”‘’—…·.
    '\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026\\u00b7]',
  ].join(''),
  'u',
);
// Counted as nothing and ending a word: white space and control characters.
const SPACE = /[\p{White_Space}\p{Cc}]/u;
// Counted as nothing and invisible inside a word: format characters (ZWJ, ZWSP, BOM…), and combining
// marks (variation selectors, dakuten, accents), which belong to the character before them.
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}]/u;

/**
 * 字数 as Word and WPS count it: each East Asian character (CJK ideographs of every extension, kana,
 * hangul, full-width forms, CJK punctuation and “”‘’—…·) is one; each run of other non-space characters
 * (an English word, a number such as 2023 or 3.5%) is one; white space and invisible characters are none.
 */
export function countChars(text: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of text) {
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) inWord = false;
    else if (EAST_ASIAN.test(ch)) {
      n++;
      inWord = false;
    } else if (!inWord) {
      n++;
      inWord = true;
    }
  }
  return n;
}

/** Code points other than white space and invisible ones: the length of a name, where every character is its own. */
export function countVisibleCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!SPACE.test(ch) && !INVISIBLE.test(ch)) n++;
  return n;
}
