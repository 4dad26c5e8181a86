import { type NominationStatus, STATUS_LABELS } from '../status/machine';
import { formatShanghai, isPast } from '../time/shanghai';

/** A nomination in one of these is still being reviewed: it can still change, and its data is still needed. */
export const OPEN_REVIEW_STATUSES: readonly NominationStatus[] = ['submitted', 'returned', 'accepted', 'scored'];

export type ClosingVerdict = { ok: true } | { ok: false; message: string };

/**
 * A campaign is closed when every deadline (the campaign's and each unit's extension) has passed
 * and no nomination is still under review: each one is recommended, not recommended, withdrawn,
 * or a draft that can no longer be submitted. Only then may its personal data be purged.
 */
export function campaignClosed(args: {
  now: Date | string;
  deadlines: readonly string[];
  statusCounts: Record<string, number>;
}): ClosingVerdict {
  // Compared as instants: deadlines may carry different offsets, so their strings do not sort by time.
  const pending = args.deadlines.filter((d) => !isPast(args.now, d));
  if (pending.length > 0) {
    const last = pending.reduce((a, b) => (isPast(b, a) ? b : a));
    return {
      ok: false,
      message: `活动尚未结束：报送截止时间（含延期）为 ${formatShanghai(last)}（北京时间）。截止之后，且每条推荐都已作出“推荐”或“不推荐”的决定（或已撤回），才能清除个人信息`,
    };
  }
  const open = OPEN_REVIEW_STATUSES.filter((s) => (args.statusCounts[s] ?? 0) > 0);
  if (open.length > 0) {
    const total = open.reduce((sum, s) => sum + args.statusCounts[s], 0);
    const parts = open.map((s) => `${STATUS_LABELS[s]} ${args.statusCounts[s]} 条`).join('、');
    return {
      ok: false,
      message: `还有 ${total} 条推荐尚未作出最终决定（${parts}）。每条推荐都作出“推荐”或“不推荐”的决定后，才能清除个人信息`,
    };
  }
  return { ok: true };
}
