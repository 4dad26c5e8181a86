import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhone, maskPhone, PHONE_MESSAGES, type PhoneCode } from '../../../domain/phone/phone';

const ok = (raw: string, value: string, kind: 'mobile' | 'landline') => expect(checkPhone(raw)).toEqual({ ok: true, value, kind });
const refused = (raw: unknown, code: PhoneCode) => expect(checkPhone(raw)).toEqual({ ok: false, code, message: PHONE_MESSAGES[code] });

describe('checkPhone: mobile', () => {
  it('accepts 11 digits starting 13–19, with +86 / 0086, spaces and dashes, stored as bare digits', () => {
    for (const raw of [
      '13800138000',
      '138 0013 8000',
      '138-0013-8000',
      '+86 138 0013 8000',
      '+8613800138000',
      '0086-138-0013-8000',
      '１３８００１３８０００',
    ]) {
      ok(raw, '13800138000', 'mobile');
    }
    ok('19912345678', '19912345678', 'mobile');
  });

  it('PHONE_MOBILE for a wrong length or a second digit 0–2', () => {
    for (const raw of ['1380013800', '138001380001', '12800138000', '11012345678', '1234567-88']) refused(raw, 'PHONE_MOBILE');
  });

  it('PHONE_EXTENSION for a mobile with an extension', () => {
    refused('13800138000转123', 'PHONE_EXTENSION');
  });
});

describe('checkPhone: landline', () => {
  it('accepts area code and number in the usual spellings, stored as 区号-号码', () => {
    for (const raw of [
      '010-87258923',
      '01087258923',
      '(010)87258923',
      '（010）87258923',
      '010 8725 8923',
      '+86 10 87258923',
      '０１０－８７２５８９２３',
    ]) {
      ok(raw, '010-87258923', 'landline');
    }
    ok('0755-12345678', '0755-12345678', 'landline');
    ok('+86-755-12345678', '0755-12345678', 'landline');
    ok('021-6123456', '021-6123456', 'landline');
    ok('0571 8888888', '0571-8888888', 'landline');
  });

  it('accepts an extension after -, 转, 分机, # or ext, stored as 区号-号码-分机', () => {
    for (const raw of [
      '010-84650077-8513',
      '010-84650077转8513',
      '010-84650077 转 8513',
      '010-84650077分机8513',
      '010-84650077#8513',
      '010-84650077 ext 8513',
      '010-84650077 EXT. 8513',
      '010-8465-0077-8513',
    ]) {
      ok(raw, '010-84650077-8513', 'landline');
    }
  });

  it('reads an 8-digit number with an extension as a Beijing number, as the notice writes it', () => {
    ok('84650077-8513', '010-84650077-8513', 'landline');
    ok('84650077转8513', '010-84650077-8513', 'landline');
  });

  it('PHONE_AREA_CODE for a bare local number', () => {
    refused('87258923', 'PHONE_AREA_CODE');
    refused('8725892', 'PHONE_AREA_CODE');
    refused('8465007-88', 'PHONE_AREA_CODE'); // 7 digits: too short to be a Beijing number
  });

  it('PHONE_EXTENSION for an extension that is not 1–6 digits', () => {
    refused('010-84650077-1234567', 'PHONE_EXTENSION');
    refused('010-84650077转', 'PHONE_EXTENSION');
  });

  it('PHONE_FORMAT for letters, unknown area codes, wrong lengths and double extensions', () => {
    for (const raw of [
      'abc',
      '010-84650077-ab',
      '031-1234567',
      '010-123456',
      '010-123456789',
      '010-87258923转12转3',
      '010-84650077-12-34',
      '电话',
    ]) {
      refused(raw, 'PHONE_FORMAT');
    }
  });

  it('PHONE_REQUIRED for empty or non-text input', () => {
    for (const raw of ['', '  ', undefined, null, 13800138000]) refused(raw, 'PHONE_REQUIRED');
  });

  it('every message is Chinese and shows how to write the number', () => {
    for (const message of Object.values(PHONE_MESSAGES)) expect(message).toMatch(/[请如]/);
  });

  it('property: every mobile number in any of its spellings is stored as its 11 digits', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([second, rest]) => `1${second}${rest}`);
    fc.assert(
      fc.property(mobile, fc.constantFrom('', '+86 ', '0086-', '+86-'), fc.constantFrom('', ' ', '-'), (digits, prefix, sep) => {
        const raw = `${prefix}${digits.slice(0, 3)}${sep}${digits.slice(3, 7)}${sep}${digits.slice(7)}`;
        expect(checkPhone(raw)).toEqual({ ok: true, value: digits, kind: 'mobile' });
      }),
    );
  });

  it('property: a stored value checks again to itself', () => {
    const landline = fc
      .tuple(fc.constantFrom('010', '021', '0755', '0571'), fc.stringMatching(/^[2-9]\d{7}$/), fc.option(fc.stringMatching(/^\d{1,6}$/)))
      .map(([area, local, ext]) => [area, local, ext].filter((x) => x !== null).join('-'));
    fc.assert(
      fc.property(landline, (value) => {
        expect(checkPhone(value)).toEqual({ ok: true, value, kind: 'landline' });
      }),
    );
  });

  it('property: never throws on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary' })), (input) => {
        expect(typeof checkPhone(input).ok).toBe('boolean');
      }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('keeps the area code, the last 4 digits of the number and the extension of a landline', () => {
    expect(maskPhone('010-87258923')).toBe('010-****8923');
    expect(maskPhone('010-84650077-8513')).toBe('010-****0077-8513');
    expect(maskPhone('0755-1234567')).toBe('0755-***4567');
  });

  it('never shows more than the last 4 digits of an unexpected value', () => {
    expect(maskPhone('87258923')).toBe('****8923');
    expect(maskPhone('')).toBe('');
  });
});
