import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  ID_NUMBER_MESSAGES,
  type IdNumberCode,
  idCheckChar,
  maskIdNumber,
  normalizeIdNumber,
} from '../../../domain/identity/id-number';
import { buildId, femaleId, maleId, oracleCheckChar, PROVINCE_CODES } from '../support/id-numbers';

const GB_EXAMPLE = '11010519491231002X';
const AT = new Date('2023-10-20T15:59:59.999Z');
const id = (over: Partial<Parameters<typeof buildId>[0]> = {}) =>
  buildId({ province: 11, area: 105, year: 1980, month: 3, day: 8, seq: 12, sex: 4, ...over });

function expectCode(raw: unknown, code: IdNumberCode, today: Date = AT) {
  expect(checkIdNumber(raw, today)).toEqual({ ok: false, code, message: ID_NUMBER_MESSAGES[code] });
}

describe('normalizeIdNumber', () => {
  it('turns full-width digits and letters half-width, x into X, and drops every space', () => {
    expect(normalizeIdNumber(' １１０１０５ 1949\u300012310 02ｘ\n')).toBe(GB_EXAMPLE);
    expect(normalizeIdNumber('11010519491231002x')).toBe(GB_EXAMPLE);
    expect(normalizeIdNumber('11010519491231002Ｘ')).toBe(GB_EXAMPLE);
  });
});

describe('checkIdNumber', () => {
  it('verifies the GB 11643 example number and reads its birth date', () => {
    expect(checkIdNumber(GB_EXAMPLE, AT)).toEqual({ ok: true, value: GB_EXAMPLE, birth: { year: 1949, month: 12, day: 31 }, female: true });
  });

  it('accepts lower-case x, full-width characters and surrounding or inner spaces, returning the normalised value', () => {
    for (const raw of ['11010519491231002x', ' 110105 19491231 002X ', '１１０１０５１９４９１２３１００２Ｘ']) {
      expect(checkIdNumber(raw, AT)).toMatchObject({ ok: true, value: GB_EXAMPLE });
    }
  });

  it('ID_REQUIRED for empty, blank or non-text input', () => {
    for (const raw of ['', '   ', '\u3000', undefined, null, 11010519491231002, {}]) expectCode(raw, 'ID_REQUIRED');
  });

  it('ID_LENGTH for anything but 18 characters (15-digit first-generation numbers included)', () => {
    expectCode(GB_EXAMPLE.slice(0, 17), 'ID_LENGTH');
    expectCode(`${GB_EXAMPLE}0`, 'ID_LENGTH');
    expectCode('110105491231002', 'ID_LENGTH');
  });

  it('ID_FORMAT when the first 17 are not all digits or the last is neither digit nor X', () => {
    expectCode('1101051949123100XX', 'ID_FORMAT');
    expectCode('11010519491231002Y', 'ID_FORMAT');
    expectCode('11010A19491231002X', 'ID_FORMAT');
    expectCode('11010519491231-02X', 'ID_FORMAT');
  });

  it('ID_PROVINCE for every two-digit prefix that is not a province-level code', () => {
    for (let p = 0; p < 100; p++) {
      const candidate = `${String(p).padStart(2, '0')}${GB_EXAMPLE.slice(2, 17)}`;
      const value = candidate + oracleCheckChar(candidate);
      const result = checkIdNumber(value, AT);
      if (PROVINCE_CODES.includes(p)) expect(result.ok).toBe(true);
      else expect(result).toMatchObject({ ok: false, code: 'ID_PROVINCE' });
    }
  });

  it('ID_BIRTH_DATE for impossible dates, dates before 1900 and dates after today', () => {
    expectCode(id({ month: 2, day: 30 }), 'ID_BIRTH_DATE');
    expectCode(id({ month: 13, day: 1 }), 'ID_BIRTH_DATE');
    expectCode(id({ month: 0, day: 1 }), 'ID_BIRTH_DATE');
    expectCode(id({ month: 4, day: 31 }), 'ID_BIRTH_DATE');
    expectCode(id({ month: 1, day: 0 }), 'ID_BIRTH_DATE');
    expectCode(id({ year: 1900, month: 2, day: 29 }), 'ID_BIRTH_DATE');
    expectCode(id({ year: 1899, month: 12, day: 31 }), 'ID_BIRTH_DATE');
    expectCode(id({ year: 2023, month: 10, day: 22 }), 'ID_BIRTH_DATE');
    expect(checkIdNumber(id({ year: 2000, month: 2, day: 29 }), AT).ok).toBe(true);
    expect(checkIdNumber(id({ year: 1900, month: 1, day: 1 }), AT).ok).toBe(true);
  });

  it('compares the birth date with today in Beijing, whatever the machine time zone', () => {
    const shanghaiJustAfterMidnight = new Date('2023-10-20T16:30:00Z'); // 2023-10-21 00:30 in Beijing
    expect(checkIdNumber(id({ year: 2023, month: 10, day: 21 }), shanghaiJustAfterMidnight).ok).toBe(true);
    expectCode(id({ year: 2023, month: 10, day: 22 }), 'ID_BIRTH_DATE', shanghaiJustAfterMidnight);
  });

  it('ID_CHECKSUM when the last character is wrong, with the message that points at it', () => {
    expectCode('110105194912310021', 'ID_CHECKSUM');
    expect(ID_NUMBER_MESSAGES.ID_CHECKSUM).toBe('身份证号校验位不正确，请核对最后一位');
  });

  it('ID_NOT_FEMALE when the 17th digit is odd; the message says the candidate must be a woman', () => {
    expectCode(id({ sex: 3 }), 'ID_NOT_FEMALE');
    expect(ID_NUMBER_MESSAGES.ID_NOT_FEMALE).toMatch(/女性/);
    expect(ID_NUMBER_MESSAGES.ID_NOT_FEMALE).toMatch(/第 17 位/);
  });

  it('every message is Chinese and says what to do', () => {
    for (const message of Object.values(ID_NUMBER_MESSAGES)) expect(message).toMatch(/请/);
  });

  it('property: every generated female ID passes with its own birth date', () => {
    fc.assert(
      fc.property(femaleId, ({ id: value, birth }) => {
        expect(checkIdNumber(value, AT)).toEqual({ ok: true, value, birth, female: true });
        expect(checkIdNumber(value.toLowerCase(), AT).ok).toBe(true);
      }),
    );
  });

  it('property: every generated male ID fails with ID_NOT_FEMALE', () => {
    fc.assert(
      fc.property(maleId, ({ id: value }) => {
        expect(checkIdNumber(value, AT)).toMatchObject({ ok: false, code: 'ID_NOT_FEMALE' });
      }),
    );
  });

  it('property: changing any one character of a valid ID breaks it', () => {
    const change = fc.record({
      at: fc.integer({ min: 0, max: 17 }),
      to: fc.oneof(fc.constantFrom(...'0123456789X'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
    });
    fc.assert(
      fc.property(femaleId, change, ({ id: value }, { at, to }) => {
        const changed = value.slice(0, at) + to + value.slice(at + 1);
        fc.pre(normalizeIdNumber(changed) !== value);
        expect(checkIdNumber(changed, AT).ok).toBe(false);
      }),
    );
  });

  it('property: idCheckChar agrees with the GB 11643 formula', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(idCheckChar(first17)).toBe(oracleCheckChar(first17));
      }),
    );
  });

  it('property: never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(checkIdNumber(input).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof checkIdNumber(input).ok).toBe('boolean');
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    expect(maskIdNumber(GB_EXAMPLE)).toBe('110105********002X');
  });

  it('hides short values completely', () => {
    expect(maskIdNumber('123456789')).toBe('*********');
    expect(maskIdNumber('')).toBe('');
  });
});
