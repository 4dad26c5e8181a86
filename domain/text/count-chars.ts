const WHITE_SPACE = /\s/u;

/** 字数: Unicode characters (code points, so an emoji or a rare CJK character is one) except white space. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!WHITE_SPACE.test(ch)) n++;
  return n;
}
