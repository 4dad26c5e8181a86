/** The kinds of recommending unit the notice addresses (区科协, 市学会, 基金会, 基层组织), in its order. */
export const UNIT_TYPES = [
  { key: 'district', label: '区科协' },
  { key: 'society', label: '市学会' },
  { key: 'foundation', label: '基金会' },
  { key: 'grassroots', label: '基层组织' },
] as const;

export type UnitType = (typeof UNIT_TYPES)[number]['key'];

export const UNIT_TYPE_KEYS = UNIT_TYPES.map((t) => t.key) as UnitType[];

export const UNIT_TYPE_LABELS = Object.fromEntries(UNIT_TYPES.map((t) => [t.key, t.label])) as Record<UnitType, string>;
