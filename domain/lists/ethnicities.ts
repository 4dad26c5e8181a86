import { z } from 'zod';
import { coded, frozen, type ListItem } from './list-item';

/** 民族, GB 3304: the 56 in the standard's order (codes 01–56), ten a line, then 97 and 98. */
const FIFTY_SIX = [
  ...['汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族'],
  ...['满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族'],
  ...['佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族'],
  ...['达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族'],
  ...['塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族'],
  ...['独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族'],
] as const;
export const ETHNICITY_LABELS = [...FIFTY_SIX, '其他', '外国血统中国籍人士'] as const;
export type EthnicityLabel = (typeof ETHNICITY_LABELS)[number];

// 97 is for a nationality not yet identified (未识别民族), 98 for a naturalised citizen of foreign origin.
export const ETHNICITIES: readonly ListItem<EthnicityLabel>[] = frozen([
  ...coded<EthnicityLabel>(FIFTY_SIX),
  { code: '97', label: '其他' },
  { code: '98', label: '外国血统中国籍人士' },
]);
export const ethnicitySchema = z.enum(ETHNICITY_LABELS);
export type Ethnicity = z.infer<typeof ethnicitySchema>;
