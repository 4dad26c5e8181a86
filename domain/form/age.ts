import { checkIdNumber } from '../identity/id-number';
import { ageAt, toShanghai } from '../time/shanghai';

/** Age from the ID's birth date at the campaign deadline; null while the ID is not a valid one. */
export function ageFromIdNumber(idNumber: string, deadlineInstant: string): number | null {
  const deadline = toShanghai(deadlineInstant);
  if (!deadline.isValid()) return null;
  // Born after the deadline cannot be a candidate of this campaign, so the ID is judged as of that day.
  const id = checkIdNumber(idNumber, deadline.toDate());
  return id.ok ? ageAt(id.birth, deadlineInstant) : null;
}
