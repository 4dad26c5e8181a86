import type { NominationFormDraft } from '../../../domain/form/nomination-form';
import type { PersonalDataCipher } from './cipher';

/** The form keys sealed at rest: sensitive personal information (个人信息保护法 §28). */
export const SEALED_KEYS = ['idNumber', 'phone'] as const;

/** A form as stored: the sealed keys hold envelopes, and the ID's keyed hash rides beside it. */
export interface SealedForm {
  form: NominationFormDraft;
  idHash: string | null;
}

// The record id is part of the authenticated context: an envelope copied to another record or field does not open.
const contextOf = (recordId: string, key: string) => `nominations/${recordId}/${key}`;

/** Seals whatever was typed in the sensitive keys (drafts too); an empty value stays empty. */
export function sealForm(form: NominationFormDraft, cipher: PersonalDataCipher, recordId: string): SealedForm {
  const sealed: NominationFormDraft = { ...form };
  for (const key of SEALED_KEYS) {
    const value = form[key];
    if (value) sealed[key] = cipher.seal(value, contextOf(recordId, key));
  }
  const idNumber = form.idNumber?.trim();
  return { form: sealed, idHash: idNumber ? cipher.idHash(idNumber) : null };
}

/** The plaintext form of a stored one; SealedDataError (INTERNAL) if an envelope does not open. */
export function openForm(stored: NominationFormDraft, cipher: PersonalDataCipher, recordId: string): NominationFormDraft {
  const form: NominationFormDraft = { ...stored };
  for (const key of SEALED_KEYS) {
    const value = stored[key];
    if (value) form[key] = cipher.open(value, contextOf(recordId, key));
  }
  return form;
}
