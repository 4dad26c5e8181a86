import { z } from 'zod';
import type { FieldIssue } from '../errors/field-issue';
import { checkIdNumber } from '../identity/id-number';
import { CATEGORY_KEYS } from '../lists/categories';
import { EDUCATION_LEVELS } from '../lists/education-levels';
import { ETHNICITIES } from '../lists/ethnicities';
import type { ListItem } from '../lists/list-item';
import { POLITICAL_STATUSES } from '../lists/political-statuses';
import { checkPhone } from '../phone/phone';
import { countChars } from '../text/count-chars';
import { FIELD_LABELS, FIELD_MESSAGES } from './field-messages';

export const FORM_KEYS = [
  'category',
  'name',
  'education',
  'politicalStatus',
  'ethnicity',
  'phone',
  'workUnitAndPost',
  'idNumber',
  'honors',
  'deeds',
  'unitOpinion',
] as const;
export type FormKey = (typeof FORM_KEYS)[number];

/** Limits in 字 (white space not counted), from the notice and API.md. */
export const TEXT_LIMITS = { workUnitAndPost: 100, honors: 500, deeds: 1000, unitOpinion: 200 } as const;

// Hard caps only: saving a draft never refuses what was typed, however long (5× the limits).
const draftText = (max: number) => z.string().max(max).optional();
export const formDraftSchema = z.object({
  category: draftText(64),
  name: draftText(100),
  education: draftText(32),
  politicalStatus: draftText(32),
  ethnicity: draftText(32),
  phone: draftText(64),
  workUnitAndPost: draftText(1000),
  idNumber: draftText(64),
  honors: draftText(5000),
  deeds: draftText(10000),
  unitOpinion: draftText(2000),
});

export type NominationFormDraft = z.infer<typeof formDraftSchema>;
export type NominationForm = Required<NominationFormDraft>;

const NAME = /^[\u3400-\u9fff\uf900-\ufaff]+(?:[·•・．.][\u3400-\u9fff\uf900-\ufaff]+)*$/u;
const inList = (list: readonly ListItem[], value: string) => list.some((item) => item.label === value);

function issue(path: FormKey, code: string, message: string): FieldIssue {
  return { path, code, message };
}

/** The one most useful problem of a field's value, or null. */
export function checkField(key: FormKey, raw: string | undefined, options: { required: boolean }): FieldIssue | null {
  const value = raw?.trim() ?? '';
  const label = FIELD_LABELS[key];
  if (value === '') return options.required ? issue(key, 'FIELD_REQUIRED', FIELD_MESSAGES.FIELD_REQUIRED(label)) : null;
  switch (key) {
    case 'category':
      return (CATEGORY_KEYS as readonly string[]).includes(value)
        ? null
        : issue(key, 'CATEGORY_UNKNOWN', FIELD_MESSAGES.CATEGORY_UNKNOWN());
    case 'name': {
      const n = [...value].length;
      return n >= 2 && n <= 30 && NAME.test(value) ? null : issue(key, 'NAME_FORMAT', FIELD_MESSAGES.NAME_FORMAT());
    }
    case 'education':
      return inList(EDUCATION_LEVELS, value) ? null : issue(key, 'NOT_IN_LIST', FIELD_MESSAGES.NOT_IN_LIST(label));
    case 'politicalStatus':
      return inList(POLITICAL_STATUSES, value) ? null : issue(key, 'NOT_IN_LIST', FIELD_MESSAGES.NOT_IN_LIST(label));
    case 'ethnicity':
      return inList(ETHNICITIES, value) ? null : issue(key, 'NOT_IN_LIST', FIELD_MESSAGES.NOT_IN_LIST(label));
    case 'idNumber': {
      const id = checkIdNumber(value);
      return id.ok ? null : issue(key, id.code, id.message);
    }
    case 'phone': {
      const phone = checkPhone(value);
      return phone.ok ? null : issue(key, phone.code, phone.message);
    }
    default: {
      const limit = TEXT_LIMITS[key];
      const count = countChars(value);
      return count > limit ? issue(key, 'TOO_LONG', FIELD_MESSAGES.TOO_LONG(label, limit, count)) : null;
    }
  }
}

const REQUIRED: ReadonlySet<FormKey> = new Set(FORM_KEYS.filter((k) => k !== 'honors'));

function asDraft(form: unknown): NominationFormDraft {
  const parsed = formDraftSchema.safeParse(form);
  if (parsed.success) return parsed.data;
  // Wrong types count as "not filled in", so every field still gets its own message.
  const source = typeof form === 'object' && form !== null ? (form as Record<string, unknown>) : {};
  return Object.fromEntries(FORM_KEYS.filter((k) => typeof source[k] === 'string').map((k) => [k, source[k] as string]));
}

/** Every failing field of a form that is about to be submitted (one issue per field). */
export function validateForSubmit(form: unknown): { ok: true; value: NominationForm } | { ok: false; issues: FieldIssue[] } {
  const draft = asDraft(form);
  const issues = FORM_KEYS.map((k) => checkField(k, draft[k], { required: REQUIRED.has(k) })).filter((x): x is FieldIssue => x !== null);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: normalizeForm(draft) as NominationForm };
}

/** The same checks on the fields typed so far, as warnings while saving a draft. */
export function draftWarnings(draft: NominationFormDraft): FieldIssue[] {
  return FORM_KEYS.map((k) => checkField(k, draft[k], { required: false })).filter((x): x is FieldIssue => x !== null);
}

/** Normalised storage forms: ID upper-case and half-width, phone in its canonical shape, text trimmed. */
export function normalizeForm(draft: NominationFormDraft): NominationFormDraft {
  const out: NominationFormDraft = { ...draft };
  for (const k of FORM_KEYS) if (typeof out[k] === 'string') out[k] = out[k]?.trim();
  const id = draft.idNumber ? checkIdNumber(draft.idNumber) : null;
  if (id?.ok) out.idNumber = id.value;
  const phone = draft.phone ? checkPhone(draft.phone) : null;
  if (phone?.ok) out.phone = phone.value;
  return out;
}
