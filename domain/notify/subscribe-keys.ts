import type { Role } from '../status/machine';

/**
 * The subscribe-message templates the product sends, by key. The deployment's SUBSCRIBE_TEMPLATES
 * gives each key its WeChat template id; a person's one-time credits are counted per key.
 */
export const SUBSCRIBE_KEYS = ['submitted', 'returned', 'accepted', 'scoringOpen', 'decision', 'deadline'] as const;
export type SubscribeKey = (typeof SUBSCRIBE_KEYS)[number];

/** What each template tells its reader, for the 「接收提醒」 offer. */
export const SUBSCRIBE_LABELS: Record<SubscribeKey, string> = {
  submitted: '新材料待审查',
  returned: '材料被退回',
  accepted: '通过形式审查',
  scoringOpen: '有材料待评分',
  decision: '评选结果',
  deadline: '截止提醒',
};

/** Who receives each template, in the order the inbox page offers them. */
export const SUBSCRIBE_KEYS_BY_ROLE: Record<Role, readonly SubscribeKey[]> = {
  contact: ['deadline', 'returned', 'accepted', 'decision'],
  staff: ['submitted'],
  expert: ['scoringOpen'],
  admin: [],
};

/** WeChat asks about at most 3 templates in one `requestSubscribeMessage`. */
export const SUBSCRIBE_PER_REQUEST = 3;

/**
 * Most one-time credits kept per person and template. WeChat counts every accepted tap; past this
 * many we stop counting, which can only make us send fewer messages than WeChat would take.
 */
export const SUBSCRIBE_CREDIT_CAP = 20;

/** The answer of one template in WeChat's `requestSubscribeMessage`. */
export const SUBSCRIBE_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscribeAnswer = (typeof SUBSCRIBE_ANSWERS)[number];

/** A person's credits after one answer: accept adds one (capped), ban ends them, reject and filter change nothing. */
export function creditsAfter(credits: number, answer: SubscribeAnswer): number {
  if (answer === 'accept') return Math.min(SUBSCRIBE_CREDIT_CAP, credits + 1);
  if (answer === 'ban') return 0;
  return credits;
}

/** One template a person may subscribe to, as `notify.subscriptions` answers it. */
export interface SubscribeOffer {
  key: SubscribeKey;
  templateId: string;
  label: string;
  /** Messages of this template the person may still receive. */
  credits: number;
}
