import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPersonalDataCipher, SealedDataError } from '../../../server/core/personal-data/cipher';
import { DataKeyError, parseDataKey } from '../../../server/core/personal-data/data-key';
import { femaleId } from '../../domain/support/id-numbers';

const key = randomBytes(32);
const cipher = createPersonalDataCipher(key);
const CONTEXT = 'nominations/2023:district-haidian/idNumber';

afterEach(() => vi.restoreAllMocks());
// The failure's log line is part of the contract; keep it out of the test output.
const quietLog = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

/** Flips one bit of the envelope's part `index` (1 key id, 2 iv, 3 tag, 4 ciphertext). */
function flip(envelope: string, index: number): string {
  const parts = envelope.split(':');
  const bytes = Buffer.from(parts[index], 'base64url');
  bytes[0] ^= 1;
  parts[index] = bytes.toString('base64url');
  return parts.join(':');
}

describe('the personal-data cipher (AES-256-GCM, pd1 envelopes)', () => {
  it('opens what it sealed, for any text, and the envelope shows none of it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (text) => {
        const envelope = cipher.seal(text, CONTEXT);
        expect(envelope).toMatch(/^pd1:[\w-]{11}:[\w-]{16}:[\w-]{22}:[\w-]+$/);
        expect(cipher.open(envelope, CONTEXT)).toBe(text);
        if (text.length >= 8) expect(envelope).not.toContain(text);
      }),
    );
  });

  it('uses a fresh 12-byte IV for every seal: the same value never gives the same envelope', () => {
    const envelopes = Array.from({ length: 500 }, () => cipher.seal('11010519491231002X', CONTEXT));
    const ivs = envelopes.map((e) => e.split(':')[2]);
    expect(new Set(ivs).size).toBe(500);
    expect(Buffer.from(ivs[0], 'base64url')).toHaveLength(12);
  });

  it('detects tampering with the IV, the tag or the ciphertext, and a value moved to another record or field', () => {
    quietLog();
    const envelope = cipher.seal('13800138000', CONTEXT);
    for (const part of [2, 3, 4]) expect(() => cipher.open(flip(envelope, part), CONTEXT)).toThrow(SealedDataError);
    expect(() => cipher.open(envelope, 'nominations/2023:district-haidian/phone')).toThrow(SealedDataError);
    expect(() => cipher.open(envelope, 'nominations/2023:district-xicheng/idNumber')).toThrow(SealedDataError);
    expect(() => cipher.open('13800138000', CONTEXT)).toThrow(SealedDataError);
    expect(() => cipher.open(`${envelope}:x`, CONTEXT)).toThrow(SealedDataError);
  });

  it('refuses a value sealed with another key as a typed INTERNAL error, logging the key ids but never the value', () => {
    const log = quietLog();
    const other = createPersonalDataCipher(randomBytes(32));
    const envelope = other.seal('11010519491231002X', CONTEXT);
    const error = (() => {
      try {
        cipher.open(envelope, CONTEXT);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SealedDataError);
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('数据密钥') });
    const line = log.mock.calls.flat().join(' ');
    expect(line).toContain(other.keyId);
    expect(line).toContain(cipher.keyId);
    expect(line).not.toContain('11010519491231002X');
    // Same key id but forged: the tag check still refuses it.
    expect(() => cipher.open(envelope.replace(other.keyId, cipher.keyId), CONTEXT)).toThrow(SealedDataError);
  });

  it('still opens values of a previous key once a new one seals (rotation)', () => {
    const next = createPersonalDataCipher(randomBytes(32), [key]);
    const old = cipher.seal('010-84650077-8513', CONTEXT);
    expect(next.open(old, CONTEXT)).toBe('010-84650077-8513');
    expect(next.seal('x', CONTEXT).split(':')[1]).toBe(next.keyId);
    expect(next.keyId).not.toBe(cipher.keyId);
  });
});

describe('the keyed ID hash', () => {
  it('gives the same hash for every spelling of one 身份证号: lower-case x, full-width digits, spaces', () => {
    fc.assert(
      fc.property(femaleId, ({ id }) => {
        const fullWidth = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
        const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
        for (const spelling of [id.toLowerCase(), fullWidth, spaced]) expect(cipher.idHash(spelling)).toBe(cipher.idHash(id));
      }),
    );
  });

  it('differs between IDs and between keys, and is not a plain digest of the number', () => {
    const a = cipher.idHash('11010519491231002X');
    expect(cipher.idHash('110105194912310040')).not.toBe(a);
    expect(createPersonalDataCipher(randomBytes(32)).idHash('11010519491231002X')).not.toBe(a);
    expect(a).not.toContain('110105');
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
  });
});

describe('the data key text', () => {
  it('reads 32 bytes as base64, base64url or hex', () => {
    expect(parseDataKey(key.toString('base64'))).toEqual(key);
    expect(parseDataKey(key.toString('base64url'))).toEqual(key);
    expect(parseDataKey(` ${key.toString('hex')}\n`)).toEqual(key);
  });

  it('refuses a missing, short or malformed key with a message that names the variable and how to make one', () => {
    for (const bad of [undefined, '', 'secret', randomBytes(16).toString('base64'), randomBytes(32).toString('hex').slice(1)]) {
      expect(() => parseDataKey(bad)).toThrow(DataKeyError);
      expect(() => parseDataKey(bad)).toThrow(/JINGUO_DATA_KEY.*openssl rand -base64 32/);
    }
  });
});
