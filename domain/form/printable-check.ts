import { unprintableChars } from '../text/printable';
import type { FormKey } from './form-keys';

// Typed text printed on the 登记表; the pickers, the ID and the phone are always printable.
const PRINTED_TEXT: ReadonlySet<FormKey> = new Set<FormKey>(['name', 'workUnitAndPost', 'honors', 'deeds', 'unitOpinion']);

/** The characters of a field the paper form's font cannot print (rare CJK extensions, emoji), or null. */
export function unprintableIn(key: FormKey, value: string): string | null {
  if (!PRINTED_TEXT.has(key)) return null;
  const chars = unprintableChars(value);
  return chars.length > 0 ? chars.join('') : null;
}
