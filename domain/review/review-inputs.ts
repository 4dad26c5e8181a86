import { z } from 'zod';
import { FORM_KEYS } from '../form/form-keys';

/** What a return reason may point at: a form key, the photos or the video; null for the whole nomination. */
export const REASON_PATHS = [...FORM_KEYS, 'photos', 'video'] as const;

export const returnReasonSchema = z.object({
  path: z.enum(REASON_PATHS).nullable().default(null),
  message: z.string().trim().min(2, '请写明退回原因').max(300),
});

export const returnReasonsSchema = z.array(returnReasonSchema).min(1, '请至少写一条退回原因').max(20);

/** More than any campaign's criteria (campaignSchema allows 20): a guard against a flood of keys. */
const MAX_SCORED_CRITERIA = 20;

/**
 * An expert's scores by criterion key. Each is checked against its criterion's own maximum when
 * scored (that needs the campaign); here only what no campaign allows is refused.
 */
export const scoresSchema = z
  .record(z.string().max(40), z.number().finite().min(-1_000_000).max(1_000_000))
  .refine((scores) => Object.keys(scores).length <= MAX_SCORED_CRITERIA, `评分项最多 ${MAX_SCORED_CRITERIA} 个`);
