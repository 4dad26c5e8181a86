import { describe, expect, it } from 'vitest';
import { campaignSchema, DEFAULT_CATEGORY_QUOTA } from '../../../domain/campaign/campaign';
import { CATEGORIES } from '../../../domain/lists/categories';
import { DEFAULT_MEDIA_RULES } from '../../../domain/media/rules';
import { checkPhone } from '../../../domain/phone/phone';
import { endOfDayShanghai, formatShanghai } from '../../../domain/time/shanghai';
import seed from '../../../seed/campaign-2023.json';

const parsed = campaignSchema.parse(seed);
const messagesOf = (input: unknown) => {
  const result = campaignSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};
// Loose on purpose: these tests feed the schema what a wrong config file would hold.
const withChange = (change: Record<string, unknown>) => ({ ...seed, ...change });

describe('seed/campaign-2023.json', () => {
  it('parses with campaignSchema', () => {
    expect(campaignSchema.safeParse(seed).success).toBe(true);
  });

  it('has the notice’s deadline: 2023-10-20, end of day in Beijing', () => {
    expect(parsed.deadline).toBe('2023-10-20T15:59:59.999Z');
    expect(parsed.deadline).toBe(endOfDayShanghai('2023-10-20'));
    expect(formatShanghai(parsed.deadline, 'YYYY-MM-DD HH:mm:ss')).toBe('2023-10-20 23:59:59');
  });

  it('has the notice’s organizer, contacts, mailbox, address, quota and paper copies', () => {
    expect(parsed).toMatchObject({ id: '2023', year: 2023, organizer: '北京市科学技术协会', quotaPerUnit: 1, paperCopies: 2 });
    expect(parsed.contacts).toEqual([
      { name: '王佳', phone: '87258923' },
      { name: '刘伟', phone: '84650077-8513' },
    ]);
    expect(parsed.mailbox).toBe('zmkjgzz_bast@163.com');
    expect(`${parsed.postalAddress.address}${parsed.postalAddress.room}`).toBe('北京市朝阳区育慧里4号北京市科协708房间');
    expect(parsed.submissionRules).toContain('一式两份');
  });

  it('has the four categories exactly as the domain lists them', () => {
    expect(parsed.categories).toEqual(CATEGORIES.map(({ key, label, description }) => ({ key, label, description, quota: 3 })));
  });

  it('sets each category’s quota, defaulting a missing one and refusing a non-positive one', () => {
    const { quota: _quota, ...first } = seed.categories[0];
    const defaulted = campaignSchema.parse({ ...seed, categories: [first] });
    expect(defaulted.categories[0].quota).toBe(DEFAULT_CATEGORY_QUOTA);
    for (const quota of [0, -1, 1.5]) expect(campaignSchema.safeParse({ ...seed, categories: [{ ...first, quota }] }).success).toBe(false);
  });

  it('has the media helper’s default rules', () => {
    expect(parsed.media).toEqual(DEFAULT_MEDIA_RULES);
  });

  it('scores 政治素质, 工作业绩, 示范带动 and 材料质量 out of 100 with weights summing to 1', () => {
    expect(parsed.criteria.map((c) => c.label)).toEqual(['政治素质', '工作业绩', '示范带动', '材料质量']);
    expect(parsed.criteria.every((c) => c.max === 100)).toBe(true);
    expect(parsed.criteria.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 12);
  });

  it('lists the second contact phone in a form checkPhone stores as the Beijing number', () => {
    expect(checkPhone(parsed.contacts[1].phone)).toMatchObject({ ok: true, value: '010-84650077-8513' });
  });
});

describe('campaignSchema', () => {
  it('defaults the quota to 1 and keeps submissionRules optional', () => {
    const { quotaPerUnit: _q, submissionRules: _s, ...rest } = seed;
    const result = campaignSchema.parse(rest);
    expect(result.quotaPerUnit).toBe(1);
    expect(result.submissionRules).toBeUndefined();
  });

  it('refuses a deadline without a time zone, or not a date at all', () => {
    expect(messagesOf(withChange({ deadline: '2023-10-20T23:59:59' }))).toEqual([
      '截止时间应为带时区的 ISO 时间，如 2023-10-20T15:59:59.999Z',
    ]);
    expect(campaignSchema.safeParse(withChange({ deadline: 'Oct 20 2023' })).success).toBe(false);
    expect(campaignSchema.safeParse(withChange({ deadline: '2023-10-20T23:59:59+08:00' })).success).toBe(true);
  });

  it('refuses weights that do not sum to 1, and repeated criteria or categories', () => {
    const criteria = seed.criteria.map((c) => ({ ...c, weight: 0.3 }));
    expect(messagesOf(withChange({ criteria }))).toEqual(['评分权重之和应为 1']);
    const twice = [seed.criteria[0], { ...seed.criteria[0], weight: 0.8 }];
    expect(messagesOf(withChange({ criteria: twice }))).toEqual(['评分项的 key 不能重复']);
    expect(messagesOf(withChange({ categories: [seed.categories[0], seed.categories[0]] }))).toEqual(['重点选树类别不能重复']);
  });

  it('refuses an unknown category key, a bad mailbox, a quota below 1 and an empty title', () => {
    expect(campaignSchema.safeParse(withChange({ categories: [{ ...seed.categories[0], key: 'sports' }] })).success).toBe(false);
    expect(messagesOf(withChange({ mailbox: 'zmkjgzz_bast' }))).toEqual(['邮箱格式不正确']);
    expect(campaignSchema.safeParse(withChange({ quotaPerUnit: 0 })).success).toBe(false);
    expect(messagesOf(withChange({ title: '  ' }))).toEqual(['不能为空']);
  });
});
