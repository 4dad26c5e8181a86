/** Width of a piece of text at the size being laid out. */
export type MeasureText = (text: string) => number;

// Chinese line-breaking rules (禁则, GB/T 15834 and common typesetting): closing marks may not start a line …
export const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕〉〗〙］｝”’…—·％‰℃．,.;:?!)]}%'));
// … and opening marks may not end one.
export const NO_LINE_END = new Set(Array.from('（《「『【〔〈〖〘［｛“‘([{'));
// Latin words, numbers, e-mail addresses and URLs stay whole where they can.
const WORD = /[A-Za-z0-9@#&_+\-./:%'’]+|\s+|[\s\S]/gu;

function tokensOf(paragraph: string): string[] {
  return paragraph.match(WORD) ?? [];
}

function isSpace(token: string): boolean {
  return token.trim() === '';
}

/** Splits a word longer than a line into pieces that fit. */
function breakLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current && measure(current + ch) > maxWidth) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let width = 0;
  const flush = (carry: string[]) => {
    lines.push(line.join('').trimEnd());
    line = carry;
    width = carry.reduce((sum, t) => sum + measure(t), 0);
  };
  const tokens = tokensOf(paragraph).flatMap((t) => (!isSpace(t) && measure(t) > maxWidth ? breakLongWord(t, maxWidth, measure) : [t]));
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (line.length === 0 && isSpace(token) && lines.length > 0) continue;
    const w = measure(token);
    if (width + w <= maxWidth || line.length === 0) {
      line.push(token);
      width += w;
      continue;
    }
    if (isSpace(token)) {
      flush([]);
      continue;
    }
    // Keep closing punctuation off the next line's start: carry tokens along until the new line starts
    // with something that may start one (”。 after a word carries the word too), and keep opening
    // punctuation off this line's end. A line is never emptied: a run of marks wider than a line breaks anyway.
    const carry: string[] = [];
    const startsBadly = () => NO_LINE_START.has(carry[0] ?? token);
    while (line.length > 1 && (startsBadly() || NO_LINE_END.has(line[line.length - 1]))) {
      if (isSpace(line[line.length - 1])) break;
      carry.unshift(line.pop() ?? '');
    }
    flush(carry);
    i -= 1;
  }
  lines.push(line.join('').trimEnd());
  return lines;
}

/**
 * Breaks text into lines no wider than `maxWidth`, keeping every character: paragraphs
 * (line feeds) are kept, Chinese breaks between characters, Latin words stay whole.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  return paragraphs.flatMap((p) => wrapParagraph(p.trimEnd(), maxWidth, measure));
}
