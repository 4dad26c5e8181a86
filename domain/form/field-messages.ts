export type FieldCode = 'FIELD_REQUIRED' | 'NAME_FORMAT' | 'TOO_LONG' | 'NOT_IN_LIST' | 'CATEGORY_UNKNOWN';

/** Chinese messages by code; each says how to fix it. */
export const FIELD_MESSAGES = {
  FIELD_REQUIRED: (label: string) => `请填写${label}`,
  NAME_FORMAT: () => '姓名应为 2–30 个汉字，少数民族姓名可用“·”分隔',
  TOO_LONG: (label: string, limit: number, count: number) => `${label}最多 ${limit} 字，现在 ${count} 字，请删减 ${count - limit} 字`,
  NOT_IN_LIST: (label: string) => `请从列表中选择${label}`,
  CATEGORY_UNKNOWN: () => '请选择一个重点选树类别',
} satisfies Record<FieldCode, (...args: never[]) => string>;

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
};
