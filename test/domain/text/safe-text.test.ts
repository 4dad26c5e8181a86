import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFormatChars, hasXmlIllegal, safeFileName, xmlSafe } from '../../../domain/text/safe-text';

// Any UTF-16 string, lone surrogates and noncharacters included.
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });

describe('safe text', () => {
  it('names the characters XML 1.0 cannot hold', () => {
    for (const bad of ['\uFFFE', '\uFFFF', '\u0000', '\u0008', '\u001F', '\uD800', 'a\uDC00b'])
      expect(hasXmlIllegal(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ['王芳', '\t\n\r', '😀', '\uFFFD', '\u202E', '\uE000'])
      expect(hasXmlIllegal(good), JSON.stringify(good)).toBe(false);
  });

  it('xmlSafe leaves nothing XML cannot hold, counts what it dropped, and keeps clean text as it is', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const safe = xmlSafe(text);
        expect(hasXmlIllegal(safe.text)).toBe(false);
        expect(safe.text.length + safe.dropped).toBe(text.length);
        expect(xmlSafe(safe.text)).toEqual({ text: safe.text, dropped: 0 });
      }),
    );
  });

  it('safeFileName has no format, control or path characters', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const safe = safeFileName(name);
        expect(hasFormatChars(safe)).toBe(false);
        expect(hasXmlIllegal(safe)).toBe(false);
        expect(safe).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
      }),
    );
    expect(safeFileName('\u202E王芳\u200B.pdf')).toBe('王芳.pdf');
  });
});
