/** The wizard's steps, in the order of the paper form; `fields` are the form keys each step owns. */
export interface WizardStep {
  key: string;
  title: string;
  fields: readonly string[];
}

export const STEPS: readonly WizardStep[] = [
  { key: 'category', title: '推荐单位与类别', fields: ['category'] },
  { key: 'candidate', title: '候选人信息', fields: ['name', 'idNumber', 'ethnicity', 'politicalStatus', 'education', 'phone'] },
  { key: 'work', title: '单位职务与荣誉', fields: ['workUnitAndPost', 'honors'] },
  { key: 'deeds', title: '主要事迹', fields: ['deeds'] },
  { key: 'photos', title: '工作照', fields: ['photos'] },
  { key: 'video', title: '短视频', fields: ['video'] },
  { key: 'opinion', title: '推荐单位意见', fields: ['unitOpinion'] },
  { key: 'review', title: '预览与提交', fields: [] },
];

/** The step that owns a field (or `photos` / `video`), for "go fix it" links. */
export function stepOf(path: string): number {
  const index = STEPS.findIndex((s) => s.fields.includes(path));
  return index < 0 ? STEPS.length - 1 : index;
}
