export type PhoneCode = 'PHONE_REQUIRED' | 'PHONE_MOBILE' | 'PHONE_AREA_CODE' | 'PHONE_EXTENSION' | 'PHONE_FORMAT';

export type PhoneCheck = { ok: true; value: string; kind: 'mobile' | 'landline' } | { ok: false; code: PhoneCode; message: string };

export const PHONE_MESSAGES: Record<PhoneCode, string> = {
  PHONE_REQUIRED: '请填写联系电话（手机号，或带区号的座机号）',
  PHONE_MOBILE: '手机号应为 11 位数字，以 13–19 开头，请核对是否多输或漏输',
  PHONE_AREA_CODE: '座机号码请加区号，如 010-87258923',
  PHONE_EXTENSION: '分机号应为 1–6 位数字，写在号码后面，如 010-84650077-8513；手机号不能带分机',
  PHONE_FORMAT: '联系电话格式不正确：手机号填 11 位数字；座机填“区号-号码”，有分机再加“-分机号”，如 010-84650077-8513',
};

const fail = (code: PhoneCode): PhoneCheck => ({ ok: false, code, message: PHONE_MESSAGES[code] });

// Real area codes: 010 and 02x have three digits, 03x–09x four, so a number typed without a dash still splits one way only.
const AREA_CODE = /^(?:010|02\d|0[3-9]\d\d)/;

/** Half-width, the country code dropped (a landline gets its trunk 0 back), every separator a single dash. */
function tidy(raw: string): string {
  const text = raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .trim();
  const national = text.replace(/^(?:\+\s*86|0086)[\s-]*/, '');
  const dashed = national
    .replace(/[\s().]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return national !== text && !/^(?:0|1[3-9])/.test(dashed) ? `0${dashed}` : dashed;
}

/** Area code (if any), local number and dash extension (if any) from dash-separated digit groups. */
function landlineParts(main: string): { area?: string; local: string; rest: string[] } {
  const groups = main.split('-');
  const area = AREA_CODE.exec(groups[0])?.[0];
  if (area) groups[0] = groups[0].slice(area.length);
  if (groups[0] === '') groups.shift();
  // Groups such as 8725 8923 make up the local number; what follows it is the extension.
  let local = groups.shift() ?? '';
  while (local.length < 7 && groups.length > 0) local += groups.shift();
  return { area, local, rest: groups };
}

/** Mainland mobile, or landline with area code and/or extension; stored as `13800138000`, `010-87258923`, `010-84650077-8513`. */
export function checkPhone(raw: unknown): PhoneCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('PHONE_REQUIRED');
  const [main = '', extension, ...more] = tidy(raw).split(/-?(?:转|分机|ext\.?|#|x)-?/i);
  if (more.length > 0 || !/^[\d-]+$/.test(main)) return fail('PHONE_FORMAT');
  if (main.startsWith('1')) {
    if (extension !== undefined) return fail('PHONE_EXTENSION');
    const digits = main.replace(/-/g, '');
    return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits, kind: 'mobile' } : fail('PHONE_MOBILE');
  }
  const { area, local, rest } = landlineParts(main);
  if (!/^[1-9]\d{6,7}$/.test(local) || rest.length > 1 || (rest.length === 1 && extension !== undefined)) return fail('PHONE_FORMAT');
  const ext = extension ?? rest[0];
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) return fail('PHONE_EXTENSION');
  // An 8-digit local number with an extension is a Beijing one: the campaign and its units are in Beijing.
  const areaCode = area ?? (ext !== undefined && local.length === 8 ? '010' : undefined);
  if (!areaCode) return fail('PHONE_AREA_CODE');
  return { ok: true, value: [areaCode, local, ext].filter((part) => part !== undefined).join('-'), kind: 'landline' };
}

/** `138****8000`, `010-****8923-8513`: the area code and the last four digits stay readable. */
export function maskPhone(value: string): string {
  const hide = (s: string) => `${'*'.repeat(Math.max(0, s.length - 4))}${s.slice(-4)}`;
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const [first = '', local, ...rest] = value.split('-');
  return local === undefined ? hide(first) : [first, hide(local), ...rest].join('-');
}
