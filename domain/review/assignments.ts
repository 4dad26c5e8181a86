import { z } from 'zod';
import { type CategoryKey, categoryKeySchema } from '../lists/categories';

/**
 * Which nominations one expert scores: those of the listed categories and the listed nominations.
 * An expert the plan does not name scores every accepted nomination (the default).
 */
export interface ExpertAssignment {
  categories: CategoryKey[];
  nominationIds: string[];
}

/** The campaign's assignment of experts, by expert id; experts not in it score everything. */
export interface AssignmentPlan {
  campaignId: string;
  experts: Record<string, ExpertAssignment>;
  updatedAt: string;
  updatedBy: string;
}

export const assignExpertsInput = z.object({
  expertId: z.string().min(1).max(128),
  /** true: back to the default, every accepted nomination. */
  all: z.boolean().default(false),
  categories: z.array(categoryKeySchema).max(20).default([]),
  nominationIds: z.array(z.string().min(1).max(128)).max(1000).default([]),
});

/** Is this expert to score this nomination under the plan? */
export function isAssigned(
  plan: AssignmentPlan | null,
  expertId: string,
  nomination: { id: string; form: { category?: string } },
): boolean {
  const mine = plan?.experts[expertId];
  if (!mine) return true;
  return mine.nominationIds.includes(nomination.id) || (mine.categories as string[]).includes(nomination.form.category ?? '');
}

/** An expert's own mark on a nomination, as the list shows and filters it. */
export const MY_SCORE_STATES = ['none', 'draft', 'final', 'abstained'] as const;
export type MyScore = (typeof MY_SCORE_STATES)[number];

export const MY_SCORE_LABELS: Record<MyScore, string> = { none: '未评', draft: '暂存', final: '已提交', abstained: '回避' };

/** Done, for the count 「已评」 and for a decision: a final score or a declared abstention. */
export const isScoringDone = (state: MyScore | null | undefined) => state === 'final' || state === 'abstained';

/** An abstention is a conflict of interest declared in words: at least a few characters, not a tap. */
export const abstentionReasonSchema = z
  .string()
  .trim()
  .min(4, '请写明回避的原因（利益冲突的情况），至少 4 个字')
  .max(300, '回避原因最多 300 字');

/** The admin's reason to reopen one expert's locked score. */
export const reopenReasonSchema = z.string().trim().min(4, '请写明重新开放评分的原因，至少 4 个字').max(300, '原因最多 300 字');
