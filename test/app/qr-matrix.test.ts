import fc from 'fast-check';
import jsQR from 'jsqr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invitePath } from '../../domain/invites/invite-status';
import { qrRows } from '../../src/features/invites/qr-matrix';
import { utf8Bytes } from '../../src/features/invites/utf8';

/** Paints the runs as the View rendering does (4-module quiet zone, `scale` pixels a module) into RGBA. */
function raster(payload: string, scale = 4) {
  const { size, rows } = qrRows(payload);
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  rows.forEach((runs, r) => {
    let col = 0;
    for (const run of runs) {
      if (run.dark) {
        for (let y = (r + 4) * scale; y < (r + 5) * scale; y++) {
          for (let x = (col + 4) * scale; x < (col + 4 + run.length) * scale; x++)
            pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
      col += run.length;
    }
  });
  return { pixels, side, size, rows };
}

describe('QR code as runs of Views', () => {
  it('decodes to the invite path', () => {
    const payload = invitePath('ABCD2345');
    const { pixels, side } = raster(payload);
    expect(jsQR(pixels, side, side)?.data).toBe(payload);
  });

  it('covers every module of every row exactly once', () => {
    const { size, rows } = qrRows(invitePath('ZZZZ9999'));
    expect(rows).toHaveLength(size);
    for (const runs of rows) expect(runs.reduce((n, run) => n + run.length, 0)).toBe(size);
    // Runs alternate colours, or two runs would have been one View.
    for (const runs of rows) expect(runs.every((run, i) => i === 0 || run.dark !== runs[i - 1].dark)).toBe(true);
  });
});

describe('QR code where there is no TextEncoder (WeChat’s JS engine)', () => {
  const encoder = globalThis.TextEncoder;
  beforeEach(() => {
    // @ts-expect-error: WeChat's engine has none; qrcode's byte mode would throw on `new TextEncoder()`.
    delete globalThis.TextEncoder;
  });
  afterEach(() => {
    globalThis.TextEncoder = encoder;
  });

  it.each([invitePath('ABCD2345'), '巾帼推荐 · 首都最美巾帼奋斗者邀请码：ABCD EFGH', '海淀区科学技术协会 🌸 联系人'])(
    'encodes %s and decodes back',
    (payload) => {
      expect(typeof globalThis.TextEncoder).toBe('undefined');
      const { pixels, side } = raster(payload);
      const decoded = jsQR(pixels, side, side);
      expect(decoded?.data).toBe(payload);
    },
  );
});

describe('our UTF-8 bytes', () => {
  it('are the bytes TextEncoder makes, for any string (lone surrogates included)', () => {
    const encoder = new TextEncoder();
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit })), (text) => {
        expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encoder.encode(text)));
      }),
      { numRuns: 500 },
    );
  });
});
