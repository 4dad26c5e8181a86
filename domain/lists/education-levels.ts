import { z } from 'zod';
import { frozen, type ListItem } from './list-item';

/**
 * 文化程度 by GB/T 4658-2006 《学历代码》, highest first: every kind of school the standard names, at its
 * 毕业 code (11 博士研究生毕业 … 81 小学毕业) and 90 其他. A 登记表 asks for the highest education completed,
 * so the standard's 结业 / 肄业 codes and its group headings (10, 20, …) are not offered; the label is the
 * kind of school, as a form prints it (大学本科), the code is the standard's (21).
 */
const LEVELS = [
  { code: '11', label: '博士研究生' },
  { code: '14', label: '硕士研究生' },
  { code: '17', label: '研究生班' },
  { code: '21', label: '大学本科' },
  { code: '28', label: '大学普通班' },
  { code: '31', label: '大学专科' },
  { code: '41', label: '中等专科' },
  { code: '44', label: '职业高中' },
  { code: '47', label: '技工学校' },
  { code: '61', label: '普通高中' },
  { code: '71', label: '初中' },
  { code: '81', label: '小学' },
  { code: '90', label: '其他' },
] as const;
export type EducationLabel = (typeof LEVELS)[number]['label'];
export const EDUCATION_LEVELS: readonly ListItem<EducationLabel>[] = frozen(LEVELS.map((level) => ({ ...level })));
export const EDUCATION_LABELS = LEVELS.map((level) => level.label) as unknown as readonly [EducationLabel, ...EducationLabel[]];
export const educationSchema = z.enum(EDUCATION_LABELS);
export type Education = z.infer<typeof educationSchema>;

/**
 * Labels of the earlier list (7 invented levels) that drafts may still hold, and what each means now.
 * 初中及以下 is left out on purpose: it may mean 初中 or 小学, so the contact is asked to pick again.
 */
export const LEGACY_EDUCATION: Readonly<Record<string, EducationLabel>> = Object.freeze({ 高中: '普通高中' });
