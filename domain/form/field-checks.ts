import type { FieldIssue } from '../errors/field-issue';
import { categoryKeySchema } from '../lists/categories';
import { educationSchema } from '../lists/education-levels';
import { ethnicitySchema } from '../lists/ethnicities';
import { politicalStatusSchema } from '../lists/political-statuses';
import { checkPhone } from '../phone/phone';
import { countChars, countVisibleCharacters } from '../text/count-chars';
import { checkCandidateId } from './age';
import { type FieldCode, type MessageContext, fieldMessage } from './field-messages';
import { type FormKey, NAME_LENGTH, TEXT_LIMITS } from './form-keys';
import { upgradeEducation } from './form-upgrade';
import { unprintableIn } from './printable-check';

export type FieldCheck = { ok: true; value: string } | { ok: false; issue: FieldIssue };

/** What a check needs beyond the value: whether it may be empty, and the deadline the candidate's age is taken at. */
export interface CheckOptions {
  required: boolean;
  /** ISO instant; without it the age is taken today. */
  deadline?: string;
}

// Han characters of every CJK block (rare name characters live in extensions A–H) and 〇.
const HAN = '[\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{323af}]';
// The middle dot and its look-alikes that phone keyboards produce; all are stored as U+00B7.
const DOTS = /[\u00b7\u2022\u2027\u2219\u30fb\uff0e\uff65.]/gu;
const NAME = new RegExp(`^${HAN}+(?:·${HAN}+)*$`, 'u');

const PICKED = { education: educationSchema, politicalStatus: politicalStatusSchema, ethnicity: ethnicitySchema } as const;

type RuleResult = { code: FieldCode; context?: Partial<MessageContext> } | { value: string };

function rule(key: FormKey, value: string, options: CheckOptions): RuleResult {
  switch (key) {
    case 'category':
      return categoryKeySchema.safeParse(value).success ? { value } : { code: 'CATEGORY_UNKNOWN' };
    case 'name': {
      const name = value.replace(DOTS, '·');
      const n = countVisibleCharacters(name);
      if (n < NAME_LENGTH.min || n > NAME_LENGTH.max) return { code: 'NAME_LENGTH' };
      return NAME.test(name) ? { value: name } : { code: 'NAME_FORMAT' };
    }
    case 'education': {
      // A draft from before GB/T 4658 may hold an earlier label: it is judged, and stored, as today's.
      const education = upgradeEducation(value);
      return educationSchema.safeParse(education).success ? { value: education } : { code: 'NOT_IN_LIST' };
    }
    case 'politicalStatus':
    case 'ethnicity':
      return PICKED[key].safeParse(value).success ? { value } : { code: 'NOT_IN_LIST' };
    case 'idNumber': {
      const id = checkCandidateId(value, options.deadline);
      if (id.ok) return { value: id.value };
      return id.code === 'ID_AGE_IMPLAUSIBLE' ? { code: id.code, context: { age: id.age } } : { code: id.code };
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
export function checkField(key: FormKey, raw: unknown, options: CheckOptions): FieldCheck {
  const fail = (code: FieldCode, context: Partial<MessageContext> = {}): FieldCheck => ({
    ok: false,
    issue: { path: key, code, message: fieldMessage(code, { key, count: typeof raw === 'string' ? countChars(raw) : 0, ...context }) },
  });
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return fail('NOT_TEXT');
  const value = (raw ?? '').trim();
  if (value === '') return options.required ? fail('FIELD_REQUIRED') : { ok: true, value };
  const result = rule(key, value, options);
  if ('code' in result) return fail(result.code, result.context);
  // What passes its own rule must still print as typed on the paper form.
  const unprintable = unprintableIn(key, result.value);
  return unprintable ? fail('NOT_PRINTABLE', { chars: unprintable }) : { ok: true, value: result.value };
}
