export type PhoneCode = 'PHONE_REQUIRED' | 'PHONE_FORMAT' | 'PHONE_MOBILE';

export type PhoneCheck = { ok: true; value: string; kind: 'mobile' | 'landline' } | { ok: false; code: PhoneCode; message: string };

export const PHONE_MESSAGES: Record<PhoneCode, string> = {
  PHONE_REQUIRED: '请填写联系电话',
  PHONE_FORMAT: '联系电话格式不正确：手机号填 11 位，座机填“区号-号码”，分机用“-”隔开，如 010-84650077-8513',
  PHONE_MOBILE: '手机号应为 1 开头的 11 位数字，请核对',
};

const fail = (code: PhoneCode): PhoneCheck => ({ ok: false, code, message: PHONE_MESSAGES[code] });

/** Mainland mobile, or landline with area code and/or extension; stored as `13800138000` / `010-87258923-8513`. */
export function checkPhone(raw: unknown): PhoneCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('PHONE_REQUIRED');
  const text = raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（(]/g, '')
    .replace(/[）)]/g, '-')
    .trim();
  const [main, extension] = text.split(/\s*(?:转|分机|ext\.?|#|x)\s*/i);
  if (extension !== undefined && !/^\d{1,6}$/.test(extension)) return fail('PHONE_FORMAT');
  const compact = main.replace(/^(\+86|0086)[\s-]*/, '').replace(/[\s\u3000]/g, '');
  if (/^1\d{10}$/.test(compact.replace(/-/g, '')) && extension === undefined) {
    const digits = compact.replace(/-/g, '');
    return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits, kind: 'mobile' } : fail('PHONE_MOBILE');
  }
  // Area codes: 010 and 02x have three digits, all others four.
  const landline = /^(?:(010|02\d|0[3-9]\d{2})-?)?([2-9]\d{6,7})(?:-(\d{1,6}))?$/.exec(compact);
  if (!landline) return fail('PHONE_FORMAT');
  const [, area, number, dashExtension] = landline;
  if (dashExtension && extension) return fail('PHONE_FORMAT');
  // A bare 8-digit number is a Beijing one: the campaign and its organizers are in Beijing.
  const areaCode = area ?? (number.length === 8 ? '010' : undefined);
  if (!areaCode) return fail('PHONE_FORMAT');
  const ext = dashExtension ?? extension;
  return { ok: true, value: [areaCode, number, ext].filter(Boolean).join('-'), kind: 'landline' };
}

export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const [area, number = '', ...rest] = value.split('-');
  return [area, `${'*'.repeat(Math.max(0, number.length - 4))}${number.slice(-4)}`, ...rest].join('-');
}
