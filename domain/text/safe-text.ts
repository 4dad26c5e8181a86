import type { z } from 'zod';

/**
 * Characters XML 1.0 cannot hold, and so no xlsx, docx or SVG: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, 'gu');
/** Format characters (Unicode Cf): bidi controls such as U+202E, zero-width spaces and joiners, the BOM. */
const FORMAT = /\p{Cf}/u;
const FORMAT_ALL = /\p{Cf}/gu;
// Characters Windows, macOS or a zip reader would refuse or misread in a file or folder name.
const NAME_UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

export const SAFE_TEXT_MESSAGES = {
  xmlIllegal: '含有无法保存到表格和文件中的特殊字符，请删除后重新输入',
  format: '含有不可见的控制字符（如文字方向控制符），请删除后重新输入',
} as const;

export const hasXmlIllegal = (text: string) => XML_ILLEGAL.test(text);
export const hasFormatChars = (text: string) => FORMAT.test(text);

/** The text without what XML cannot hold, and how many characters went. */
export function xmlSafe(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const clean = text.replace(XML_ILLEGAL_ALL, () => {
    dropped += 1;
    return '';
  });
  return { text: clean, dropped };
}

/** A name safe as a file or folder name: format and control characters gone, path characters replaced. */
export function safeFileName(name: string): string {
  return name.replace(FORMAT_ALL, '').replace(XML_ILLEGAL_ALL, '').replace(NAME_UNSAFE, '_').replace(/\s+/g, ' ').trim();
}

const UNSAFE_TEXT = { message: SAFE_TEXT_MESSAGES.xmlIllegal, params: { code: 'UNSAFE_CHARACTERS' } };
const INVISIBLE = { message: SAFE_TEXT_MESSAGES.format, params: { code: 'INVISIBLE_CHARACTERS' } };

/** Free text: refused if a file made from it (xlsx, PDF, zip) could not hold it. */
export const safeText = <T extends z.ZodType<string>>(schema: T) => schema.refine((value) => !hasXmlIllegal(value), UNSAFE_TEXT);

/** A person's or a unit's name: no invisible characters either (a U+202E reverses what a list or a file name shows). */
export const safeName = <T extends z.ZodType<string>>(schema: T) => safeText(schema).refine((value) => !hasFormatChars(value), INVISIBLE);

/** The same rules for a value of unknown type (a draft's field): only strings are judged. */
export const isSafeText = (value: unknown) => typeof value !== 'string' || !hasXmlIllegal(value);
export const isSafeName = (value: unknown) => typeof value !== 'string' || (!hasXmlIllegal(value) && !hasFormatChars(value));
export const SAFE_TEXT_ISSUES = { text: UNSAFE_TEXT, name: INVISIBLE } as const;
