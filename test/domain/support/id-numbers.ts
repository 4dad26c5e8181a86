import fc from 'fast-check';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** GB/T 2260 province-level codes, as the standard lists them (71 台湾省 included). */
export const PROVINCE_CODES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71,
];

/** Test oracle for the check character, written from GB 11643's formula: (12 − Σ mod 11) mod 11, 10 written X. */
export function oracleCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i], 0);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function buildId(parts: {
  province: number;
  area: number;
  year: number;
  month: number;
  day: number;
  seq: number;
  sex: number;
}): string {
  const first17 = `${parts.province}${pad(parts.area, 4)}${parts.year}${pad(parts.month, 2)}${pad(parts.day, 2)}${pad(parts.seq, 2)}${parts.sex}`;
  return first17 + oracleCheckChar(first17);
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real calendar date from 1900-01-01 to 2022-12-31 (before every campaign deadline the tests use). */
export const birthDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2022 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => ({ ...d, day: Math.min(d.day, daysIn(d.year, d.month)) }));

function idOf(sexDigits: number[]) {
  return fc
    .record({
      province: fc.constantFrom(...PROVINCE_CODES),
      area: fc.integer({ min: 0, max: 9999 }),
      birth: birthDate,
      seq: fc.integer({ min: 0, max: 99 }),
      sex: fc.constantFrom(...sexDigits),
    })
    .map(({ birth, ...rest }) => ({ id: buildId({ ...rest, ...birth }), birth }));
}

/** A valid 居民身份证号 of a woman (17th digit even), with its birth date. */
export const femaleId = idOf([0, 2, 4, 6, 8]);
/** A valid 居民身份证号 of a man (17th digit odd). */
export const maleId = idOf([1, 3, 5, 7, 9]);
