/** The wizard's steps, in the order of the paper form; `fields` are the form keys each step owns. */
export interface WizardStep {
  key: string;
  title: string;
  /** The name under the step's dot in the step bar: two or three characters, all eight fit on a phone. */
  short: string;
  fields: readonly string[];
}

export const STEPS: readonly WizardStep[] = [
  { key: 'category', short: '类别', title: '推荐单位与类别', fields: ['category'] },
  {
    key: 'candidate',
    short: '候选人',
    title: '候选人信息',
    fields: ['name', 'idNumber', 'ethnicity', 'politicalStatus', 'education', 'phone'],
  },
  { key: 'work', short: '职务', title: '单位职务与荣誉', fields: ['workUnitAndPost', 'honors'] },
  { key: 'deeds', short: '事迹', title: '主要事迹', fields: ['deeds'] },
  { key: 'photos', short: '照片', title: '工作照', fields: ['photos'] },
  { key: 'video', short: '视频', title: '短视频', fields: ['video'] },
  { key: 'opinion', short: '意见', title: '推荐单位意见', fields: ['unitOpinion'] },
  { key: 'review', short: '提交', title: '预览与提交', fields: [] },
];

/** The step that owns a field (or `photos` / `video`), for "go fix it" links. */
export function stepOf(path: string): number {
  const index = STEPS.findIndex((s) => s.fields.includes(path));
  return index < 0 ? STEPS.length - 1 : index;
}
