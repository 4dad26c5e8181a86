/** The four 2023 focus categories (重点选树) with the notice's own descriptions. */
export const CATEGORY_KEYS = ['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];
