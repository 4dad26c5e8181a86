import type { FieldIssue } from '../../domain/errors/field-issue';
import { CONTENT_RISKY_MESSAGE } from '../../domain/form/field-messages';
import type { FormKey } from '../../domain/form/form-keys';
import type { NominationFormDraft } from '../../domain/form/nomination-form';
import type { Ports, TextScene, TextVerdict } from './ports';
import type { TextCheckRecord } from './repositories';

/** The form's free text a person wrote; the pickers, the ID number and the phone are not prose. */
export const CHECKED_FORM_FIELDS = ['name', 'workUnitAndPost', 'honors', 'deeds', 'unitOpinion'] as const satisfies readonly FormKey[];

export interface TextCheckOutcome {
  /** Texts WeChat refused: each a field issue at its path, with the message that accuses no one. */
  risky: FieldIssue[];
  record: TextCheckRecord;
}

async function verdictOf(ports: Ports, text: string, scene: TextScene): Promise<TextVerdict> {
  try {
    return await ports.contentCheck.checkText(text, scene);
  } catch (error) {
    // The check is a safeguard, not a gate the service's own failure may close: unchecked, and flagged.
    return { result: 'not_checked', reason: (error instanceof Error ? error.message : String(error)).slice(0, 200) };
  }
}

/** Runs the text check on each non-empty text; what passed needs nothing, `review` and unchecked texts are flagged for staff. */
export async function checkTexts(ports: Ports, texts: { path: string; text: string }[], scene: TextScene): Promise<TextCheckOutcome> {
  const present = texts.filter((t) => t.text.trim() !== '');
  const verdicts = await Promise.all(present.map(async (t) => ({ path: t.path, verdict: await verdictOf(ports, t.text, scene) })));
  const risky: FieldIssue[] = [];
  const flagged: TextCheckRecord['flagged'] = [];
  for (const { path, verdict } of verdicts) {
    if (verdict.result === 'risky') risky.push({ path, code: 'CONTENT_RISKY', message: CONTENT_RISKY_MESSAGE });
    else if (verdict.result === 'review') flagged.push({ path, result: 'review', ...(verdict.label ? { label: verdict.label } : {}) });
    else if (verdict.result === 'not_checked') flagged.push({ path, result: 'not_checked', reason: verdict.reason });
  }
  const status = flagged.some((f) => f.result === 'not_checked') ? 'not_checked' : flagged.length > 0 ? 'review' : 'pass';
  return { risky, record: { at: ports.clock.now().toISOString(), status, flagged } };
}

/** The nomination form's texts, by form key. */
export function checkFormTexts(ports: Ports, form: NominationFormDraft): Promise<TextCheckOutcome> {
  const texts = CHECKED_FORM_FIELDS.map((key) => ({ path: key, text: typeof form[key] === 'string' ? form[key] : '' }));
  return checkTexts(ports, texts, 'profile');
}
