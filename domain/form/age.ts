import { checkIdNumber, ID_NUMBER_MESSAGES, type IdNumberCheck } from '../identity/id-number';
import { ageAt, instantOf, toShanghai } from '../time/shanghai';

/** A candidate's plausible age at the deadline: the youngest who may work, the oldest a record can sensibly show. */
export const CANDIDATE_AGE = { min: 16, max: 100 } as const;

/** Age from the ID's birth date at the campaign deadline; null while the ID is not a valid one. */
export function ageFromIdNumber(idNumber: string, deadlineInstant: string): number | null {
  const deadline = toShanghai(deadlineInstant);
  if (!deadline.isValid()) return null;
  // Born after the deadline cannot be a candidate of this campaign, so the ID is judged as of that day.
  const id = checkIdNumber(idNumber, instantOf(deadlineInstant));
  return id.ok ? ageAt(id.birth, deadlineInstant) : null;
}

export type CandidateIdCheck =
  | (Extract<IdNumberCheck, { ok: true }> & { age: number })
  | Extract<IdNumberCheck, { ok: false }>
  | { ok: false; code: 'ID_AGE_IMPLAUSIBLE'; age: number };

/**
 * The candidate's ID as the form needs it: a valid number (birth date not after today) whose holder is
 * 16–100 years old on the deadline's Beijing date. Without a deadline, the age is taken today.
 */
export function checkCandidateId(raw: unknown, deadlineInstant?: string, today: Date = new Date()): CandidateIdCheck {
  const id = checkIdNumber(raw, today);
  if (!id.ok) return id;
  const at = deadlineInstant && toShanghai(deadlineInstant).isValid() ? deadlineInstant : today;
  const age = ageAt(id.birth, at);
  // Born after the deadline (a deadline already past): the birth date is what is wrong.
  if (age < 0) return { ok: false, code: 'ID_BIRTH_DATE', message: ID_NUMBER_MESSAGES.ID_BIRTH_DATE };
  if (age < CANDIDATE_AGE.min || age > CANDIDATE_AGE.max) return { ok: false, code: 'ID_AGE_IMPLAUSIBLE', age };
  return { ...id, age };
}
