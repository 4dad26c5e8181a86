import { z } from 'zod';
import { CATEGORY_KEYS } from '../lists/categories';
import { mediaRulesSchema } from '../media/rules';

const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), '应为 ISO 时间');

/** A campaign's rules: all of it is data (seed/campaign-2023.json), none of it code. */
export const campaignSchema = z.object({
  id: z.string().min(1).max(32),
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1),
  organizer: z.string().min(1),
  deadline: instant,
  quotaPerUnit: z.number().int().min(1).default(1),
  categories: z.array(z.object({ key: z.enum(CATEGORY_KEYS), label: z.string().min(1), description: z.string().min(1) })).min(1),
  media: mediaRulesSchema,
  contacts: z.array(z.object({ name: z.string().min(1), phone: z.string().min(1) })).min(1),
  mailbox: z.string().email(),
  postalAddress: z.object({ address: z.string().min(1), room: z.string().optional(), recipient: z.string().optional() }),
  paperCopies: z.number().int().min(1).max(5),
  criteria: z
    .array(
      z.object({
        key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/),
        label: z.string().min(1),
        weight: z.number().positive().max(1),
        max: z.number().positive(),
      }),
    )
    .min(1)
    .refine((list) => Math.abs(list.reduce((s, c) => s + c.weight, 0) - 1) < 1e-9, '评分权重之和应为 1'),
});

export type Campaign = z.infer<typeof campaignSchema>;
