import type { FieldIssue } from '../errors/field-issue';
import { checkIdNumber } from '../identity/id-number';
import { categoryKeySchema } from '../lists/categories';
import { educationSchema } from '../lists/education-levels';
import { ethnicitySchema } from '../lists/ethnicities';
import { politicalStatusSchema } from '../lists/political-statuses';
import { checkPhone } from '../phone/phone';
import { countChars, countVisibleCharacters } from '../text/count-chars';
import { type FieldCode, fieldMessage } from './field-messages';
import { type FormKey, NAME_LENGTH, TEXT_LIMITS } from './form-keys';

export type FieldCheck = { ok: true; value: string } | { ok: false; issue: FieldIssue };

// Han characters of every CJK block (rare name characters live in extensions A–H) and 〇.
const HAN = '[\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{323af}]';
// The middle dot and its look-alikes that phone keyboards produce; all are stored as U+00B7.
const DOTS = /[\u00b7\u2022\u2027\u2219\u30fb\uff0e\uff65.]/gu;
const NAME = new RegExp(`^${HAN}+(?:·${HAN}+)*$`, 'u');

const PICKED = { education: educationSchema, politicalStatus: politicalStatusSchema, ethnicity: ethnicitySchema } as const;

function rule(key: FormKey, value: string): { code: FieldCode } | { value: string } {
  switch (key) {
    case 'category':
      return categoryKeySchema.safeParse(value).success ? { value } : { code: 'CATEGORY_UNKNOWN' };
    case 'name': {
      const name = value.replace(DOTS, '·');
      const n = countVisibleCharacters(name);
      if (n < NAME_LENGTH.min || n > NAME_LENGTH.max) return { code: 'NAME_LENGTH' };
      return NAME.test(name) ? { value: name } : { code: 'NAME_FORMAT' };
    }
    case 'education':
    case 'politicalStatus':
    case 'ethnicity':
      return PICKED[key].safeParse(value).success ? { value } : { code: 'NOT_IN_LIST' };
    case 'idNumber': {
      const id = checkIdNumber(value);
      return id.ok ? { value: id.value } : { code: id.code };
    }
    case 'phone': {
      const phone = checkPhone(value);
      return phone.ok ? { value: phone.value } : { code: phone.code };
    }
    default:
      return countChars(value) > TEXT_LIMITS[key] ? { code: 'TOO_LONG' } : { value };
  }
}

/** The one most useful problem of a field, or its value in storage form (trimmed; ID, phone and name normalised). */
export function checkField(key: FormKey, raw: unknown, options: { required: boolean }): FieldCheck {
  const fail = (code: FieldCode): FieldCheck => ({
    ok: false,
    issue: { path: key, code, message: fieldMessage(code, { key, count: typeof raw === 'string' ? countChars(raw) : 0 }) },
  });
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return fail('NOT_TEXT');
  const value = (raw ?? '').trim();
  if (value === '') return options.required ? fail('FIELD_REQUIRED') : { ok: true, value };
  const result = rule(key, value);
  return 'code' in result ? fail(result.code) : { ok: true, value: result.value };
}
