import { fontHas } from '../../domain/text/printable';
import type { RegistrationFormInput } from './registration-form-input';

// Invisible characters the font has no glyph for would print as boxes: format characters and variation selectors.
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}]/gu;
const LINE_SEPARATORS = /\r\n?|[\u0085\u2028\u2029]/g;

/** Text as the page should show it: invisible characters dropped, every line break \n, spaces the font lacks plain. */
export function forPrint(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(LINE_SEPARATORS, '\n')
    .replace(/[^\S\n]/gu, (space) => (fontHas(space.codePointAt(0) ?? 0) ? space : ' '));
}

/** The whole input with every text made printable (see `forPrint`). */
export function printableInput(input: RegistrationFormInput): RegistrationFormInput {
  const form = Object.fromEntries(
    Object.entries(input.form).map(([key, value]) => [key, typeof value === 'string' ? forPrint(value) : value]),
  ) as RegistrationFormInput['form'];
  return { ...input, unitName: forPrint(input.unitName), form };
}
