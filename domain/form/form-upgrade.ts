import { LEGACY_EDUCATION } from '../lists/education-levels';

/**
 * A stored form in today's values: a 文化程度 from the earlier list becomes its GB/T 4658 label. Applied
 * wherever a stored form is read, so a draft saved before the change loads and submits as it was meant.
 */
export function upgradeForm<F extends { education?: string }>(form: F): F {
  const education = form.education !== undefined ? LEGACY_EDUCATION[form.education] : undefined;
  return education ? { ...form, education } : form;
}

/** One value of a stored form in today's terms (see `upgradeForm`). */
export function upgradeEducation(value: string): string {
  return LEGACY_EDUCATION[value] ?? value;
}
