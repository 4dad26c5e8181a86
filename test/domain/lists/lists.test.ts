import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_KEYS, categoryKeySchema } from '../../../domain/lists/categories';
import { EDUCATION_LEVELS, educationSchema } from '../../../domain/lists/education-levels';
import { ETHNICITIES, ethnicitySchema } from '../../../domain/lists/ethnicities';
import { type ListItem, withCode } from '../../../domain/lists/list-item';
import { upgradeForm } from '../../../domain/form/form-upgrade';
import { POLITICAL_STATUSES, politicalStatusSchema } from '../../../domain/lists/political-statuses';

const codes = (list: readonly ListItem[]) => list.map((item) => item.code);
const numbered = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1).padStart(2, '0'));

describe('政治面貌 (GB/T 4762)', () => {
  it('has the 13 in the standard order with codes 01–13', () => {
    expect(POLITICAL_STATUSES.map((s) => s.label).join(' ')).toBe(
      '中共党员 中共预备党员 共青团员 民革党员 民盟盟员 民建会员 民进会员 农工党党员 致公党党员 九三学社社员 台盟盟员 无党派人士 群众',
    );
    expect(codes(POLITICAL_STATUSES)).toEqual(numbered(13));
  });

  it('its enum takes the labels and nothing else', () => {
    expect(politicalStatusSchema.options).toEqual(POLITICAL_STATUSES.map((s) => s.label));
    expect(politicalStatusSchema.safeParse('中国共产党党员').success).toBe(false);
  });
});

describe('民族 (GB 3304)', () => {
  it('has the 56, all different, each ending in 族, with codes 01–56, then 97 其他 and 98 外国血统中国籍人士', () => {
    expect(ETHNICITIES).toHaveLength(58);
    const fiftySix = ETHNICITIES.slice(0, 56);
    expect(new Set(fiftySix.map((e) => e.label)).size).toBe(56);
    expect(fiftySix.every((e) => e.label.endsWith('族'))).toBe(true);
    expect(codes(fiftySix)).toEqual(numbered(56));
    expect(ETHNICITIES.slice(56)).toEqual([
      { code: '97', label: '其他' },
      { code: '98', label: '外国血统中国籍人士' },
    ]);
  });

  it('follows the standard order', () => {
    const byCode = Object.fromEntries(ETHNICITIES.map((e) => [e.code, e.label]));
    expect(byCode).toMatchObject({ '01': '汉族', '02': '蒙古族', '05': '维吾尔族', '10': '朝鲜族', '17': '哈萨克族', '23': '高山族' });
    expect(byCode).toMatchObject({
      '29': '柯尔克孜族',
      '37': '仡佬族',
      '44': '俄罗斯族',
      '50': '塔塔尔族',
      '55': '珞巴族',
      '56': '基诺族',
    });
  });

  it('its enum takes the labels', () => {
    expect(ethnicitySchema.options).toEqual(ETHNICITIES.map((e) => e.label));
    expect(ethnicitySchema.safeParse('汉').success).toBe(false);
  });
});

describe('文化程度 (GB/T 4658-2006)', () => {
  it('has every kind of school at its 毕业 code, highest first, and 90 其他', () => {
    expect(EDUCATION_LEVELS.map((e) => `${e.code} ${e.label}`)).toEqual([
      '11 博士研究生',
      '14 硕士研究生',
      '17 研究生班',
      '21 大学本科',
      '28 大学普通班',
      '31 大学专科',
      '41 中等专科',
      '44 职业高中',
      '47 技工学校',
      '61 普通高中',
      '71 初中',
      '81 小学',
      '90 其他',
    ]);
    expect(educationSchema.options).toEqual(EDUCATION_LEVELS.map((e) => e.label));
  });

  it('maps the earlier list’s labels it can to today’s; 初中及以下 is asked again', () => {
    expect(upgradeForm({ education: '高中', name: '李娜' })).toEqual({ education: '普通高中', name: '李娜' });
    for (const label of ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中等专科']) {
      expect(educationSchema.safeParse(upgradeForm({ education: label }).education).success).toBe(true);
    }
    expect(upgradeForm({ education: '初中及以下' })).toEqual({ education: '初中及以下' });
    expect(upgradeForm({})).toEqual({});
  });
});

describe('withCode', () => {
  it('puts the standard’s code before the label, and leaves other values as they are', () => {
    expect(withCode(EDUCATION_LEVELS, '大学本科')).toBe('21 大学本科');
    expect(withCode(ETHNICITIES, '外国血统中国籍人士')).toBe('98 外国血统中国籍人士');
    expect(withCode(ETHNICITIES, '汉')).toBe('汉');
  });
});

describe('重点选树类别', () => {
  it('has API.md’s four keys in the notice’s order, with the notice’s headings', () => {
    expect(CATEGORIES.map((c) => c.key)).toEqual([...CATEGORY_KEYS]);
    expect(CATEGORY_KEYS).toEqual(['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization']);
    expect(CATEGORIES.map((c) => `${c.code}.${c.label}`)).toEqual([
      '1.科研创新女性科技工作者',
      '2.先进制造业和现代服务业女性',
      '3.新业态、新就业群体女性',
      '4.乡村振兴新型女农人',
    ]);
  });

  it('carries the notice’s paragraph for each', () => {
    expect(CATEGORIES[0].description).toMatch(/^发扬创新精神.*学科带头人和行业领军女性。$/);
    expect(CATEGORIES[2].description).toContain('优秀女企业家,以女快递员');
    expect(CATEGORIES[3].description).toMatch(/^依靠科技进步.*返乡创业女农人等。$/);
  });

  it('its enum takes the keys, not the labels', () => {
    expect(categoryKeySchema.safeParse('rural-revitalization').success).toBe(true);
    expect(categoryKeySchema.safeParse('乡村振兴新型女农人').success).toBe(false);
  });
});

describe('the lists are data that cannot be changed by accident', () => {
  it('are frozen', () => {
    for (const list of [POLITICAL_STATUSES, ETHNICITIES, EDUCATION_LEVELS, CATEGORIES]) {
      expect(Object.isFrozen(list)).toBe(true);
      expect(Object.isFrozen(list[0])).toBe(true);
    }
  });
});
