import { checkIdNumber } from '../identity/id-number';
import { ageAt } from '../time/shanghai';

/** Age from the ID's birth date at the campaign deadline; null while the ID is not valid. */
export function ageFromIdNumber(idNumber: string, deadline: string): number | null {
  const id = checkIdNumber(idNumber, new Date(deadline));
  return id.ok ? ageAt(id.birth, deadline) : null;
}
