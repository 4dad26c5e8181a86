/** The form's keys (API.md "The form"), in the order of the paper 登记表. */
export const FORM_KEYS = [
  'category',
  'name',
  'education',
  'politicalStatus',
  'ethnicity',
  'phone',
  'workUnitAndPost',
  'idNumber',
  'honors',
  'deeds',
  'unitOpinion',
] as const;
export type FormKey = (typeof FORM_KEYS)[number];

// Typed by string so the app may look up any key; `satisfies` keeps every form key labelled.
export const FIELD_LABELS: Record<string, string> = {
  category: '重点选树类别',
  name: '姓名',
  education: '文化程度',
  politicalStatus: '政治面貌',
  ethnicity: '民族',
  phone: '联系电话',
  workUnitAndPost: '单位及职务',
  idNumber: '身份证号',
  honors: '曾获荣誉',
  deeds: '主要事迹',
  unitOpinion: '推荐单位意见',
} satisfies Record<FormKey, string>;

/** Limits in 字 (white space not counted), from the notice and API.md. */
export const TEXT_LIMITS = { workUnitAndPost: 100, honors: 500, deeds: 1000, unitOpinion: 200 } as const;
export type TextKey = keyof typeof TEXT_LIMITS;

export const NAME_LENGTH = { min: 2, max: 30 } as const;

/** Hard cap in UTF-16 units while saving a draft: far above every limit, so typed text is never refused, only floods are. */
export function draftCap(key: FormKey): number {
  return key === 'deeds' ? 5000 : 2000;
}

/** Fields a careful clerk accepts empty: a candidate need not have honors. */
export const OPTIONAL_ON_SUBMIT: ReadonlySet<FormKey> = new Set<FormKey>(['honors']);
