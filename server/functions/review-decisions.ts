import { z } from 'zod';
import { returnReasonsSchema } from '../../domain/review/review-inputs';
import { AppError } from '../core/app-error';
import type { Caller } from '../core/caller';
import { action } from '../core/define-function';
import { reviewStep, unitContacts } from '../core/review-service';
import { checkTexts } from '../core/text-check';
import { snapshotForReturn } from '../core/review-changes';
import { reviewersOf } from '../core/test-units';
import { REVIEW_DEMO_MESSAGES } from '../../domain/demo/review-demo';
import { formatShanghai } from '../../domain/time/shanghai';

const target = { nominationId: z.string().min(1).max(128), version: z.number().int().min(1) };
const me = (caller: Caller | null): Caller => {
  if (!caller) throw new AppError('UNAUTHENTICATED');
  return caller;
};

export const reviewDecisionActions = {
  return: action({
    input: z.object({ ...target, reasons: returnReasonsSchema }),
    async run({ nominationId, version, reasons }, { caller, ports }) {
      // The unit reads these reasons: they pass WeChat's text check as remarks (scene 评论) before anything is stored.
      const texts = await checkTexts(
        ports,
        reasons.map((r, i) => ({ path: `reasons.${i}`, text: r.message })),
        'comment',
      );
      if (texts.risky.length > 0) {
        throw new AppError('VALIDATION_FAILED', `有 ${texts.risky.length} 条退回原因需要修改`, { fields: texts.risky });
      }
      return reviewStep(ports, me(caller), {
        nominationId,
        version,
        action: 'return',
        // What staff returned is kept, so after the resubmit they see what the unit changed.
        change: async (r, tx, at) => ({
          ...r,
          review: { ...r.review, returnReasons: reasons, returnedSnapshot: await snapshotForReturn(tx, r, at) },
        }),
        detail: { reasons, textCheck: texts.record.status },
        announce: async (r, repos) => [
          {
            userIds: await unitContacts(repos, r.unitId),
            title: '推荐材料被退回修改',
            body: `「${r.form.name ?? ''}」的推荐材料需要修改：${reasons.map((x) => x.message).join('；')}`,
            page: '/pages/home/index',
            template: 'returned',
            data: { name: (r.form.name ?? '').slice(0, 10), reason: reasons[0].message.slice(0, 20) },
          },
        ],
      });
    },
  }),

  accept: action({
    input: z.object(target),
    run: ({ nominationId, version }, { caller, ports }) =>
      reviewStep(ports, me(caller), {
        nominationId,
        version,
        action: 'accept',
        change: (r) => ({ ...r, review: { ...r.review, returnReasons: [] } }),
        announce: async (r, repos) => [
          {
            userIds: await unitContacts(repos, r.unitId),
            title: '推荐材料已通过形式审查',
            body: `「${r.form.name ?? ''}」的推荐材料已通过形式审查，进入专家评审。`,
            page: '/pages/home/index',
            template: 'accepted',
            data: { name: (r.form.name ?? '').slice(0, 10) },
          },
          {
            userIds: await reviewersOf(repos, 'expert', r.unitId),
            title: '有新的推荐材料待评分',
            body: `「${r.form.name ?? ''}」的推荐材料已通过形式审查，请评分。`,
            page: `/packages/review/pages/detail/index?id=${encodeURIComponent(r.id)}`,
            template: 'scoringOpen',
            data: { name: (r.form.name ?? '').slice(0, 10) },
            // Every accept is in the experts' inbox; WeChat tells them once a day at most, one credit a day.
            pushKey: `scoring-open:${r.campaignId}:${formatShanghai(r.updatedAt, 'YYYY-MM-DD')}`,
          },
        ],
      }),
  }),

  decide: action({
    input: z.object({ ...target, decision: z.enum(['recommended', 'not_recommended']) }),
    async run({ nominationId, version, decision }, { caller, ports, nomination }) {
      // A test unit's nomination (the review demo) is no candidate: refused before anything is written.
      if (nomination && (await ports.db.read.units.get(nomination.unitId))?.test)
        throw new AppError('INVALID_STATE', REVIEW_DEMO_MESSAGES.decideRefused);
      return reviewStep(ports, me(caller), {
        nominationId,
        version,
        action: 'decide',
        decision,
        change: (r) => r,
        detail: { decision },
        announce: async (r, repos) => [
          {
            userIds: await unitContacts(repos, r.unitId),
            title: decision === 'recommended' ? '候选人已被推荐' : '评选结果已确定',
            body:
              decision === 'recommended'
                ? `「${r.form.name ?? ''}」已被推荐至北京市妇联。`
                : `「${r.form.name ?? ''}」本次未被推荐，感谢您的参与。`,
            page: '/pages/home/index',
            template: 'decision',
            data: { name: (r.form.name ?? '').slice(0, 10), result: decision === 'recommended' ? '已推荐' : '未推荐' },
          },
        ],
      });
    },
  }),
};
