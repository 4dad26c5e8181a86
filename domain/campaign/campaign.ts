import { z } from 'zod';
import { categoryKeySchema } from '../lists/categories';
import { mediaRulesSchema } from '../media/rules';

const text = z.string().trim().min(1, '不能为空').max(500);
/** The notice names no number per category; three each is what the 2023 campaign's seed data sets. */
export const DEFAULT_CATEGORY_QUOTA = 3;

const distinctKeys = (list: { key: string }[]) => new Set(list.map((item) => item.key)).size === list.length;

const criterionSchema = z.object({
  key: z
    .string()
    .max(40)
    .regex(/^[a-z][a-zA-Z0-9-]*$/, '评分项的 key 应为英文（小写开头，可含数字和 -）'),
  label: text,
  weight: z.number().positive().max(1),
  max: z.number().positive().max(1000),
});

/** A campaign's rules: all of it is data (seed/campaign-2023.json), none of it code. */
export const campaignSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, '活动编号应为 1–32 位小写字母、数字或 -，如 2023'),
  year: z.number().int().min(2000).max(2100),
  title: text,
  organizer: text,
  /** ISO instant with its offset, e.g. 2023-10-20T15:59:59.999Z (end of day in Beijing). */
  deadline: z.iso.datetime({ offset: true, error: '截止时间应为带时区的 ISO 时间，如 2023-10-20T15:59:59.999Z' }),
  quotaPerUnit: z.number().int().min(1).max(100).default(1),
  categories: z
    .array(
      z.object({
        key: categoryKeySchema,
        label: text,
        description: text,
        /** How many of this category the campaign recommends to 北京市妇联 at most; publishing more is refused. */
        quota: z.number().int().min(1).max(1000).default(DEFAULT_CATEGORY_QUOTA),
      }),
    )
    .min(1)
    .max(20)
    .refine(distinctKeys, '重点选树类别不能重复'),
  media: mediaRulesSchema,
  contacts: z
    .array(z.object({ name: text, phone: text }))
    .min(1)
    .max(20),
  mailbox: z.email('邮箱格式不正确').max(254),
  postalAddress: z.object({ address: text, room: text.optional(), recipient: text.optional() }),
  paperCopies: z.number().int().min(1).max(5),
  criteria: z
    .array(criterionSchema)
    .min(1)
    .max(20)
    .refine(distinctKeys, '评分项的 key 不能重复')
    .refine((list) => Math.abs(list.reduce((sum, c) => sum + c.weight, 0) - 1) < 1e-9, '评分权重之和应为 1'),
  submissionRules: z.string().max(5000).optional(),
  /** How long files are kept and how much a unit may store; absent values take the defaults of server/core/storage. */
  storage: z
    .object({
      exportRetentionDays: z.number().int().min(1).max(365).optional(),
      unitQuotaBytes: z
        .number()
        .int()
        .positive()
        .max(1024 ** 4)
        .optional(),
      removedMediaGraceHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 365)
        .optional(),
    })
    .optional(),
});

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;

/** A category's quota; a campaign stored before quotas existed has none, and gets the default. */
export function categoryQuota(campaign: Pick<Campaign, 'categories'>, key: string): number {
  return campaign.categories.find((c) => c.key === key)?.quota ?? DEFAULT_CATEGORY_QUOTA;
}
