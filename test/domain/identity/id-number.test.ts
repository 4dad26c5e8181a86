import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCandidateId } from '../../../domain/form/age';
import {
  checkIdNumber,
  ID_KIND_LABELS,
  ID_NUMBER_MESSAGES,
  type IdNumberCode,
  idCheckChar,
  maskIdNumber,
  normalizeIdNumber,
} from '../../../domain/identity/id-number';
import { buildId, femaleId, maleId, oracleCheckChar, PROVINCE_CODES, pad } from '../support/id-numbers';

const GB_EXAMPLE = '11010519491231002X';
const AT = new Date('2023-10-20T15:59:59.999Z');
const DEADLINE = '2023-10-20T15:59:59.999Z';
const id = (over: Partial<Parameters<typeof buildId>[0]> = {}) =>
  buildId({ province: 11, area: 105, year: 1980, month: 3, day: 8, seq: 12, sex: 4, ...over });
const withCheck = (first17: string) => first17 + oracleCheckChar(first17);

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
    expect(checkIdNumber(GB_EXAMPLE, AT)).toEqual({
      ok: true,
      value: GB_EXAMPLE,
      birth: { year: 1949, month: 12, day: 31 },
      female: true,
      kind: 'resident',
    });
  });

  it('accepts the residence permits of Hong Kong, Macao and Taiwan residents (810000 / 820000 / 830000)', () => {
    for (const head of ['810000', '820000', '830000']) {
      const value = withCheck(`${head}19850607012`);
      expect(checkIdNumber(value, AT)).toMatchObject({ ok: true, value, kind: 'hk-macao-taiwan-permit' });
    }
    expect(ID_KIND_LABELS['hk-macao-taiwan-permit']).toBe('港澳台居民居住证');
    expectCode(withCheck('81010519850607012'), 'ID_PERMIT_PREFIX');
    expectCode(withCheck('83123419850607012'), 'ID_PERMIT_PREFIX');
  });

  it('accepts the 2023 外国人永久居留身份证: 9, accepting province, ISO 3166-1 nationality', () => {
    const value = withCheck('91125019850607012'); // accepted in Beijing (11), nationality 250 (France)
    expect(checkIdNumber(value, AT)).toMatchObject({ ok: true, value, kind: 'foreign-permanent-resident' });
    expect(ID_KIND_LABELS['foreign-permanent-resident']).toBe('外国人永久居留身份证');
    expectCode(withCheck('99925019850607012'), 'ID_NATIONALITY'); // 99 is no province
    expectCode(withCheck('91115619850607012'), 'ID_NATIONALITY'); // 156 is China itself
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
  });

  it('ID_PROVINCE for every two-digit prefix that is neither a province, a permit nor 9…', () => {
    for (let p = 0; p < 90; p++) {
      const value = withCheck(`${pad(p, 2)}${GB_EXAMPLE.slice(2, 17)}`);
      const result = checkIdNumber(value, AT);
      if (PROVINCE_CODES.includes(p)) expect(result).toMatchObject({ ok: true, kind: 'resident' });
      else if (p >= 81 && p <= 83) expect(result).toMatchObject({ ok: false, code: 'ID_PERMIT_PREFIX' });
      else expect(result).toMatchObject({ ok: false, code: 'ID_PROVINCE' });
    }
  });

  it('ID_BIRTH_DATE for impossible dates, dates before 1900 and dates after today', () => {
    expectCode(id({ month: 2, day: 30 }), 'ID_BIRTH_DATE');
    expectCode(id({ month: 13, day: 1 }), 'ID_BIRTH_DATE');
    expectCode(id({ month: 0, day: 1 }), 'ID_BIRTH_DATE');
    expectCode(id({ year: 1900, month: 2, day: 29 }), 'ID_BIRTH_DATE');
    expectCode(id({ year: 1899, month: 12, day: 31 }), 'ID_BIRTH_DATE');
    expectCode(id({ year: 2023, month: 10, day: 22 }), 'ID_BIRTH_DATE');
    expect(checkIdNumber(id({ year: 2000, month: 2, day: 29 }), AT).ok).toBe(true);
  });

  it('compares the birth date with today in Beijing, whatever the machine time zone', () => {
    const shanghaiJustAfterMidnight = new Date('2023-10-20T16:30:00Z'); // 2023-10-21 00:30 in Beijing
    expect(checkIdNumber(id({ year: 2023, month: 10, day: 21 }), shanghaiJustAfterMidnight).ok).toBe(true);
    expectCode(id({ year: 2023, month: 10, day: 22 }), 'ID_BIRTH_DATE', shanghaiJustAfterMidnight);
  });

  it('ID_CHECKSUM and ID_NOT_FEMALE with messages that point at the digit', () => {
    expectCode('110105194912310021', 'ID_CHECKSUM');
    expectCode(id({ sex: 3 }), 'ID_NOT_FEMALE');
    expect(ID_NUMBER_MESSAGES.ID_NOT_FEMALE).toMatch(/女性.*第 17 位|第 17 位.*女性/);
  });

  it('every message is Chinese and says what to do', () => {
    for (const message of Object.values(ID_NUMBER_MESSAGES)) expect(message).toMatch(/请/);
  });
});

describe('checkCandidateId: the age at the deadline', () => {
  const born = (year: number, month: number, day: number) => id({ year, month, day });
  it('takes 16–100 at the deadline’s Beijing date, refusing a newborn and a 120-year-old with the age', () => {
    expect(checkCandidateId(born(2007, 10, 20), DEADLINE, AT)).toMatchObject({ ok: true, age: 16 });
    expect(checkCandidateId(born(2007, 10, 21), DEADLINE, AT)).toEqual({ ok: false, code: 'ID_AGE_IMPLAUSIBLE', age: 15 });
    expect(checkCandidateId(born(1922, 10, 21), DEADLINE, AT)).toMatchObject({ ok: true, age: 100 });
    expect(checkCandidateId(born(1922, 10, 20), DEADLINE, AT)).toEqual({ ok: false, code: 'ID_AGE_IMPLAUSIBLE', age: 101 });
    expect(checkCandidateId(born(1903, 10, 20), DEADLINE, AT)).toEqual({ ok: false, code: 'ID_AGE_IMPLAUSIBLE', age: 120 });
    expect(checkCandidateId(born(2023, 10, 20), DEADLINE, AT)).toEqual({ ok: false, code: 'ID_AGE_IMPLAUSIBLE', age: 0 });
  });

  it('judges a birth after a deadline already past as a wrong birth date', () => {
    const later = new Date('2024-03-01T00:00:00Z');
    expect(checkCandidateId(born(2024, 1, 1), DEADLINE, later)).toMatchObject({ ok: false, code: 'ID_BIRTH_DATE' });
  });
});

// ---- Against a GB 11643 reference written here, apart from the code, on generated numbers. ----

/** GB 11643-1999 with the later documents on its pattern, written from the published rules. */
function referenceVerdict(value: string, deadline: { y: number; m: number; d: number }): string {
  if (value.length !== 18) return 'ID_LENGTH';
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return 'ID_FORMAT';
  const p = Number(value.slice(0, 2));
  let kind: string;
  if (PROVINCE_CODES.includes(p)) kind = 'resident';
  else if (value.startsWith('810000') || value.startsWith('820000') || value.startsWith('830000')) kind = 'hk-macao-taiwan-permit';
  else if (p >= 81 && p <= 83) return 'ID_PERMIT_PREFIX';
  else if (value[0] === '9') {
    const province = Number(value.slice(1, 3));
    const nation = value.slice(3, 6);
    if (!PROVINCE_CODES.includes(province) || province === 71 || nation === '000' || nation === '156') return 'ID_NATIONALITY';
    kind = 'foreign-permanent-resident';
  } else return 'ID_PROVINCE';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const real = m >= 1 && m <= 12 && d >= 1 && d <= monthDays[m - 1];
  const notLater = y * 10000 + m * 100 + d <= deadline.y * 10000 + deadline.m * 100 + deadline.d;
  if (!real || y < 1900 || !notLater) return 'ID_BIRTH_DATE';
  // Σ(aᵢ·Wᵢ) with Wᵢ = 2^(17−i) mod 11, check = (12 − Σ mod 11) mod 11, 10 written X.
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  if (value[17] !== (check === 10 ? 'X' : String(check))) return 'ID_CHECKSUM';
  if (Number(value[16]) % 2 === 1) return 'ID_NOT_FEMALE';
  const age = deadline.y - y - (deadline.m * 100 + deadline.d < m * 100 + d ? 1 : 0);
  if (age < 16 || age > 100) return 'ID_AGE_IMPLAUSIBLE';
  return kind;
}

const prefix = fc.oneof(
  fc.constantFrom(...PROVINCE_CODES).chain((p) => fc.integer({ min: 0, max: 9999 }).map((a) => `${p}${pad(a, 4)}`)),
  fc.constantFrom('810000', '820000', '830000'),
  fc.integer({ min: 0, max: 99999 }).map((n) => `9${pad(n, 5)}`),
  fc.integer({ min: 0, max: 999999 }).map((n) => pad(n, 6)),
);
const date = fc.oneof(
  fc.record({ y: fc.integer({ min: 1895, max: 2024 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) }),
  // Around the age bounds at the deadline: 15–17 and 99–101 years before it.
  fc.record({
    y: fc.constantFrom(1922, 1923, 2006, 2007, 2008),
    m: fc.constantFrom(10, 9, 11),
    d: fc.integer({ min: 18, max: 22 }),
  }),
);
const candidate = fc
  .tuple(prefix, date, fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), fc.constantFrom(...'0123456789X'))
  .map(([head, { y, m, d }, seq, sex, right, wrong]) => {
    const first17 = `${head}${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}${pad(seq, 2)}${sex}`;
    return first17 + (right ? oracleCheckChar(first17) : wrong);
  });

const tally = { cases: 0, accepted: 0, byVerdict: new Map<string, number>(), disagreements: 0 };
afterAll(() => {
  const verdicts = [...tally.byVerdict].map(([k, n]) => `${k} ${n}`).join(', ');
  console.info(
    `ID vs GB 11643 reference: ${tally.cases} cases, ${tally.accepted} accepted, ${tally.disagreements} disagreements (${verdicts})`,
  );
});

describe('checkCandidateId against the GB 11643 reference', () => {
  it('property: the same verdict on 3,000 generated numbers', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const ours = checkCandidateId(value, DEADLINE, AT);
        const expected = referenceVerdict(value, { y: 2023, m: 10, d: 20 });
        const verdict = ours.ok ? ours.kind : ours.code;
        tally.cases++;
        if (ours.ok) tally.accepted++;
        tally.byVerdict.set(expected, (tally.byVerdict.get(expected) ?? 0) + 1);
        if (verdict !== expected) tally.disagreements++;
        expect(verdict).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: every generated female ID passes with its own birth date', () => {
    fc.assert(
      fc.property(femaleId, ({ id: value, birth }) => {
        expect(checkIdNumber(value, AT)).toEqual({ ok: true, value, birth, female: true, kind: 'resident' });
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
