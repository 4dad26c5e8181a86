import { type MetadataJson, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadataJson from './metadata-cn.json';

export type PhoneCode = 'PHONE_REQUIRED' | 'PHONE_MOBILE' | 'PHONE_AREA_CODE' | 'PHONE_EXTENSION' | 'PHONE_SERVICE' | 'PHONE_FORMAT';

export type PhoneCheck = { ok: true; value: string; kind: 'mobile' | 'landline' } | { ok: false; code: PhoneCode; message: string };

export const PHONE_MESSAGES: Record<PhoneCode, string> = {
  PHONE_REQUIRED: '请填写联系电话（手机号，或带区号的座机号）',
  PHONE_MOBILE: '手机号应为 11 位数字，且是已启用的号段（如 138、159、199 开头），请核对是否多输、漏输或输错',
  PHONE_AREA_CODE: '座机号码请加区号，如 010-87258923（北京的 8 位号码可不写区号）',
  PHONE_EXTENSION: '分机号应为 1–6 位数字，写在座机号码后面，如 010-84650077-8513 或 010-84650077转8513；手机号不能带分机',
  PHONE_SERVICE: '400、800、95xxx、96xxx、12345、10086 等服务热线不能作为联系电话，请填写能找到本人的手机号或座机号',
  PHONE_FORMAT:
    '联系电话格式不正确：手机号填 11 位数字；座机填“区号-号码”（区号 3–4 位，号码 7–8 位），有分机再加“-分机号”，如 010-84650077-8513',
};

// The generated CN-only slice of libphonenumber-js's "max" metadata (scripts/phone-metadata.ts).
const METADATA = metadataJson as unknown as MetadataJson;
const fail = (code: PhoneCode): PhoneCheck => ({ ok: false, code, message: PHONE_MESSAGES[code] });

// Hotlines dialled without an area code (95588, 96xxx, 12345, 10086, 110…) and 400 / 800 numbers.
const SERVICE_NUMBER = /^(?:9[56]\d{3,4}|1(?:[0-2]\d{1,3}|\d{2}))$/;
const SERVICE_TYPES = new Set(['TOLL_FREE', 'SHARED_COST', 'PREMIUM_RATE', 'UAN', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'VOICEMAIL']);
const EXTENSION_MARK = /\s*(?:转|分机|ext\.?|x|#)\s*/i;

/** Half-width (NFKC: full-width digits, ＋, （）), every dash the ASCII one, a bracketed country code unbracketed. */
function tidy(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/[\u2010-\u2015\u2212\u30fc]/g, '-')
      .trim()
      // (+86) and (0086) in brackets, as business cards print them.
      .replace(/^\(\s*(?:\+|00)\s*86\s*\)/, '+86 ')
      .replace(/^(?:\+|00)\s*86(?=[\s\-(]*\d)[\s-]*/, '+86 ')
  );
}

type Reading = { number: PhoneNumber; problem?: undefined } | { number?: undefined; problem: PhoneCode };

const digitsOf = (text: string) => text.replace(/[^\d]/g, '');

/** One reading of the main part (no extension), as libphonenumber judges it with China as the default country. */
function readMain(main: string): Reading {
  if (!/^[\d\s()+\-.]+$/.test(main) || !/\d/.test(main)) return { problem: 'PHONE_FORMAT' };
  const international = /^\(?\s*(?:\+|00)/.test(main);
  const digits = digitsOf(main);
  if (!international && SERVICE_NUMBER.test(digits)) return { problem: 'PHONE_SERVICE' };
  // The notice writes Beijing numbers without 010: 8 digits alone are a Beijing landline.
  const text = !international && /^[2-9]\d{7}$/.test(digits) ? `010${digits}` : main;
  const number = parsePhoneNumberFromString(text, { defaultCountry: 'CN', extract: false }, METADATA);
  if (number?.country !== 'CN' || number.ext) return { problem: classify(digits, international) };
  const type = number.getType();
  if (type && SERVICE_TYPES.has(type)) return { problem: 'PHONE_SERVICE' };
  if (!number.isValid() || (type !== 'MOBILE' && type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE')) {
    return { problem: classify(digits, international) };
  }
  const [, ...local] = number.formatNational().split(' ');
  if (type !== 'MOBILE' && SERVICE_NUMBER.test(local.join(''))) return { problem: 'PHONE_SERVICE' };
  return { number };
}

/** Why a number that is not a valid one failed, in the terms a contact can act on. */
function classify(digits: string, international: boolean): PhoneCode {
  if (international && !/^(?:00)?86/.test(digits)) return 'PHONE_FORMAT';
  const national = international ? digits.replace(/^(?:00)?86/, '') : digits;
  if (/^(?:1|01[3-9])/.test(national)) return 'PHONE_MOBILE';
  if (/^(?:400|800)/.test(national)) return 'PHONE_SERVICE';
  if (/^[2-9]\d{6,7}$/.test(national)) return 'PHONE_AREA_CODE';
  return 'PHONE_FORMAT';
}

/** `13800138000`; `010-87258923`; `010-84650077-8513`: area code and local number as the national format splits them. */
function canonical(number: PhoneNumber, extension: string | undefined): PhoneCheck {
  if (number.getType() === 'MOBILE') {
    return extension === undefined ? { ok: true, value: String(number.nationalNumber), kind: 'mobile' } : fail('PHONE_EXTENSION');
  }
  const [area, ...local] = number.formatNational().split(' ');
  const value = [area, local.join(''), extension].filter((part) => part !== undefined).join('-');
  return { ok: true, value, kind: 'landline' };
}

/**
 * A Chinese mobile or fixed-line number as libphonenumber judges it (CN metadata), plus the notice's
 * ways: 8 digits alone are Beijing (010), a landline may carry an extension (`-8513`, `转8513`,
 * `分机8513`), a mobile may not, and service or hotline numbers are refused.
 */
export function checkPhone(raw: unknown): PhoneCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('PHONE_REQUIRED');
  const text = tidy(raw);
  const [main = '', extension, ...more] = text.split(EXTENSION_MARK);
  if (more.length > 0) return fail('PHONE_FORMAT');
  if (extension !== undefined) {
    if (!/^\d{1,6}$/.test(extension)) return fail(/^\d*$/.test(extension) ? 'PHONE_EXTENSION' : 'PHONE_FORMAT');
    const read = readMain(main);
    return read.number ? canonical(read.number, extension) : fail(read.problem);
  }
  // A trailing dash group is an extension when what precedes it is a whole number already
  // (84650077-8513, 010-84650077-8513); otherwise it is part of the number (010-8465-0077, 138-0013-8000).
  const groups = text.split(/\s*-\s*/);
  const last = groups[groups.length - 1];
  const before = groups.slice(0, -1).join('-');
  // Counted without country code and trunk 0: the shortest whole landline is 2 + 7 digits.
  const significant = digitsOf(before.replace(/^\+86/, '')).replace(/^0/, '').length;
  const isExtension =
    groups.length > 1 && /^\d{1,6}$/.test(last) && (significant >= 9 || (significant === 8 && /^[2-9]\d{7}$/.test(before)));
  const read = readMain(isExtension ? before : text);
  return read.number ? canonical(read.number, isExtension ? last : undefined) : fail(read.problem);
}

/** `138****8000`, `010-****8923-8513`: the area code and the last four digits stay readable. */
export function maskPhone(value: string): string {
  const hide = (s: string) => `${'*'.repeat(Math.max(0, s.length - 4))}${s.slice(-4)}`;
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const [first = '', local, ...rest] = value.split('-');
  return local === undefined ? hide(first) : [first, hide(local), ...rest].join('-');
}
