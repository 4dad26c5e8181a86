import { type CalendarDate, formatShanghai } from '../time/shanghai';

export type IdNumberCode =
  | 'ID_REQUIRED'
  | 'ID_LENGTH'
  | 'ID_FORMAT'
  | 'ID_PROVINCE'
  | 'ID_PERMIT_PREFIX'
  | 'ID_NATIONALITY'
  | 'ID_BIRTH_DATE'
  | 'ID_CHECKSUM'
  | 'ID_NOT_FEMALE';

/** The three documents whose 18-character number follows GB 11643 (the same check character, birth date and sex digit). */
export type IdKind = 'resident' | 'hk-macao-taiwan-permit' | 'foreign-permanent-resident';

export const ID_KIND_LABELS: Record<IdKind, string> = {
  resident: '居民身份证',
  'hk-macao-taiwan-permit': '港澳台居民居住证',
  'foreign-permanent-resident': '外国人永久居留身份证',
};

export type IdNumberCheck =
  | { ok: true; value: string; birth: CalendarDate; female: true; kind: IdKind }
  | { ok: false; code: IdNumberCode; message: string };

export const ID_NUMBER_MESSAGES: Record<IdNumberCode, string> = {
  ID_REQUIRED: '请填写候选人的 18 位证件号码（居民身份证；港澳台居民填居住证号码，外籍人士填外国人永久居留身份证号码）',
  ID_LENGTH: '证件号码应为 18 位，请核对是否多输或漏输',
  ID_FORMAT: '证件号码前 17 位只能是数字，最后一位是数字或 X，请核对',
  ID_PROVINCE:
    '证件号码前两位不是有效的代码：居民身份证为省级行政区代码（如北京为 11），港澳台居民居住证为 81、82、83，外国人永久居留身份证以 9 开头，请核对前两位',
  ID_PERMIT_PREFIX: '港澳台居民居住证号码前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾），请核对',
  ID_NATIONALITY: '外国人永久居留身份证号码第 2–3 位应为受理地省级行政区代码，第 4–6 位为国籍代码，请核对前 6 位',
  ID_BIRTH_DATE: '证件号码第 7–14 位的出生日期不正确（应为 1900 年以后、不晚于今天的真实日期），请核对',
  ID_CHECKSUM: '证件号码校验位不正确，请核对最后一位',
  ID_NOT_FEMALE: '证件号码第 17 位为奇数，表示男性；本活动的候选人须为女性，请核对第 17 位',
};

// GB/T 2260 province-level codes: the first two digits of a 居民身份证号 (71 is Taiwan's code in the standard).
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71,
]);
// Residence permits of Hong Kong, Macao and Taiwan residents carry 810000 / 820000 / 830000 in place of an area.
const PERMITS = new Set(['810000', '820000', '830000']);
// The 2023 permanent residence ID: 9, the accepting province (mainland codes only), an ISO 3166-1 numeric nationality.
const FOREIGN = /^9(\d\d)(\d{3})/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Full-width digits and letters to half-width, `x` to `X`, white space removed. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/gu, '')
    .toUpperCase();
}

/** ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643). */
export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11];
}

const fail = (code: IdNumberCode): IdNumberCheck => ({ ok: false, code, message: ID_NUMBER_MESSAGES[code] });

const isKind = (k: IdKind | IdNumberCode): k is IdKind => k in ID_KIND_LABELS;

/** Which document the number belongs to, or why its first digits fit none. */
function kindOf(value: string): IdKind | IdNumberCode {
  const head = Number(value.slice(0, 2));
  if (PROVINCES.has(head)) return 'resident';
  if (head >= 81 && head <= 83) return PERMITS.has(value.slice(0, 6)) ? 'hk-macao-taiwan-permit' : 'ID_PERMIT_PREFIX';
  const foreign = FOREIGN.exec(value);
  if (foreign) {
    const [, province, nationality] = foreign;
    // 156 is China's own code: a Chinese citizen holds no foreigner's card.
    const known = PROVINCES.has(Number(province)) && Number(province) !== 71 && nationality !== '000' && nationality !== '156';
    return known ? 'foreign-permanent-resident' : 'ID_NATIONALITY';
  }
  return 'ID_PROVINCE';
}

function birthOf(value: string, today: Date): CalendarDate | null {
  const [year, month, day] = [Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14))];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // Compared as Shanghai calendar dates, so a baby born today is not "in the future" anywhere.
  if (!real || year < 1900 || value.slice(6, 14) > formatShanghai(today, 'YYYYMMDD')) return null;
  return { year, month, day };
}

/**
 * An 18-character number under GB 11643: 居民身份证, 港澳台居民居住证 (810000 / 820000 / 830000) or the
 * 2023 外国人永久居留身份证 (9…); a real birth date, the check character, and a woman (17th digit even).
 */
export function checkIdNumber(raw: unknown, today: Date = new Date()): IdNumberCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('ID_REQUIRED');
  const value = normalizeIdNumber(raw);
  if (value.length !== 18) return fail('ID_LENGTH');
  if (!/^\d{17}[\dX]$/.test(value)) return fail('ID_FORMAT');
  const kind = kindOf(value);
  if (!isKind(kind)) return fail(kind);
  const birth = birthOf(value, today);
  if (!birth) return fail('ID_BIRTH_DATE');
  if (idCheckChar(value.slice(0, 17)) !== value[17]) return fail('ID_CHECKSUM');
  if (Number(value[16]) % 2 !== 0) return fail('ID_NOT_FEMALE');
  return { ok: true, value, birth, female: true, kind };
}

/** `110105********002X`: enough to tell two apart, not enough to misuse. */
export function maskIdNumber(value: string): string {
  return value.length < 10 ? '*'.repeat(value.length) : `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}
