import { z } from 'zod';
import type { FieldIssue } from '../errors/field-issue';
import { checkField } from './field-checks';
import { type FieldCode, fieldMessage } from './field-messages';
import { draftCap, FORM_KEYS, type FormKey, OPTIONAL_ON_SUBMIT } from './form-keys';
import { isSafeName, isSafeText, SAFE_TEXT_ISSUES } from '../text/safe-text';

export { FIELD_LABELS, FORM_KEYS, type FormKey, TEXT_LIMITS } from './form-keys';

const byKey = <T>(make: (key: FormKey) => T) => Object.fromEntries(FORM_KEYS.map((key) => [key, make(key)])) as Record<FormKey, T>;
const because = (code: FieldCode, key: FormKey) => ({ error: fieldMessage(code, { key, count: 0 }), params: { code } });

/** While saving: every key optional, hard caps only, unknown keys stripped; what was typed is kept as typed. */
export const formDraftSchema = z.object(
  byKey((key) =>
    z
      .custom<string>((v) => typeof v === 'string', because('NOT_TEXT', key))
      .refine((v) => typeof v !== 'string' || v.length <= draftCap(key), because('DRAFT_TOO_LONG', key))
      // Refused as typed, so no roster, PDF or zip made from the form can break (domain/text/safe-text.ts).
      .refine(isSafeText, SAFE_TEXT_ISSUES.text)
      .refine((v) => key !== 'name' || isSafeName(v), SAFE_TEXT_ISSUES.name)
      .optional(),
  ),
);

/**
 * On submit: every rule of API.md's form table, the candidate's age taken at `deadline` (today without
 * one); the output is in storage form (ID, phone and name normalised, text trimmed).
 */
export const formSubmitSchemaFor = (deadline?: string) =>
  z.object(
    byKey((key) =>
      z
        .unknown()
        .transform((raw, ctx): string => {
          const checked = checkField(key, raw, { required: !OPTIONAL_ON_SUBMIT.has(key), deadline });
          if (checked.ok) return checked.value;
          ctx.addIssue({ code: 'custom', message: checked.issue.message, params: { code: checked.issue.code } });
          return z.NEVER;
        })
        // An absent key is checked as empty, so it gets the field's own message rather than zod's.
        .prefault(''),
    ),
  );

export const formSubmitSchema = formSubmitSchemaFor();

export type NominationFormDraft = z.infer<typeof formDraftSchema>;
export type NominationForm = z.output<typeof formSubmitSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every failing field of a form about to be submitted, one issue per field, in the 登记表's order. */
export function validateForSubmit(
  form: unknown,
  options: { deadline?: string } = {},
): { ok: true; value: NominationForm } | { ok: false; issues: FieldIssue[] } {
  const parsed = formSubmitSchemaFor(options.deadline).safeParse(isRecord(form) ? form : {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: String(issue.path[0]),
    code: issue.code === 'custom' ? String(issue.params?.code) : 'FIELD_REQUIRED',
    message: issue.message,
  }));
  return { ok: false, issues };
}

/** The submit checks on the fields typed so far, as warnings while saving a draft. */
export function draftWarnings(draft: NominationFormDraft, options: { deadline?: string } = {}): FieldIssue[] {
  return FORM_KEYS.map((key) => checkField(key, draft[key], { required: false, deadline: options.deadline })).flatMap((c) =>
    c.ok ? [] : [c.issue],
  );
}
