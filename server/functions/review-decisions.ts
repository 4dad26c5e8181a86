import { z } from 'zod';
import { returnReasonsSchema } from '../../domain/review/review-inputs';
import { AppError } from '../core/app-error';
import type { Caller } from '../core/caller';
import { action } from '../core/define-function';
import { categoryQuota } from '../../domain/campaign/campaign';
import { nominationFor } from '../core/access/nomination-scope';
import { currentCampaign } from '../core/campaign-service';
import { allowTransition } from '../core/nomination-service';
import { announce } from '../core/notifications';
import { everyNomination } from '../core/paging';
import type { NominationRecord } from '../core/repositories';
import { reviewStep, unitContacts } from '../core/review-service';
import { assertScoringComplete } from '../core/scoring';
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

  /** Drafts the admin's decision (or, with null, withdraws the draft): nothing moves until review.publishDecisions. */
  decide: action({
    input: z.object({ ...target, decision: z.enum(['recommended', 'not_recommended']).nullable() }),
    async run({ nominationId, version, decision }, { caller, ports, nomination }) {
      const admin = me(caller);
      // A test unit's nomination (the review demo) is no candidate: refused before anything is written.
      if (nomination && (await ports.db.read.units.get(nomination.unitId))?.test)
        throw new AppError('INVALID_STATE', REVIEW_DEMO_MESSAGES.decideRefused);
      const now = ports.clock.now();
      const at = now.toISOString();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const record = await nominationFor(tx, admin, nominationId);
        if (record.version !== version) throw new AppError('VERSION_CONFLICT', '这份材料刚被他人处理过，请刷新后再操作');
        // The scores say whether it is time (asked first: an accepted nomination is waiting for its experts);
        // the status machine says whether this decision could be published from here.
        if (decision && (record.status === 'accepted' || record.status === 'scored')) await assertScoringComplete(tx, record);
        await allowTransition(tx, {
          campaign,
          unitId: record.unitId,
          caller: admin,
          status: record.status,
          action: 'decide',
          now,
          decision: decision ?? 'not_recommended',
        });
        const next = {
          ...record,
          review: { ...record.review, decision: decision ? { decision, by: admin.userId, at } : null },
          version: record.version + 1,
          updatedAt: at,
        };
        if (!(await tx.nominations.update(next, record.version))) throw new AppError('VERSION_CONFLICT');
        await tx.audit.append({
          nominationId,
          actorId: admin.userId,
          action: 'draftDecision',
          fromStatus: record.status,
          toStatus: record.status,
          at,
          detail: { decision, before: record.review.decision?.decision ?? null },
        });
        return { id: nominationId, version: next.version, status: record.status, decision };
      });
    },
  }),

  /**
   * Publishes every drafted decision of the campaign together, or none: a category's quota exceeded
   * (QUOTA_EXCEEDED naming it) or a nomination whose scoring is no longer complete (SCORING_INCOMPLETE)
   * refuses the whole publish. The units hear of their result through the outbox.
   */
  publishDecisions: action({
    input: z.object({}),
    async run(_input, { caller, ports }) {
      const admin = me(caller);
      const now = ports.clock.now();
      const at = now.toISOString();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const decided: NominationRecord[] = [];
        for await (const n of everyNomination(tx, { campaignId: campaign.id, statuses: ['scored', 'recommended'], excludeTest: true }))
          decided.push(n);
        const drafts = decided.filter((n) => n.status === 'scored' && n.review.decision);
        if (drafts.length === 0) throw new AppError('INVALID_STATE', '没有待发布的推荐决定：请先在排名中为候选人拟定「推荐」或「不推荐」');
        for (const c of campaign.categories) {
          const quota = categoryQuota(campaign, c.key);
          const published = decided.filter((n) => n.form.category === c.key && n.status === 'recommended').length;
          const drafted = drafts.filter((n) => n.form.category === c.key && n.review.decision?.decision === 'recommended').length;
          if (published + drafted > quota)
            throw new AppError(
              'QUOTA_EXCEEDED',
              `「${c.label}」最多推荐 ${quota} 名，${published ? `已发布 ${published} 名、` : ''}拟推荐 ${drafted} 名，请调整后再发布`,
            );
        }
        const plan = await tx.assignments.get(campaign.id);
        for (const draft of drafts) await assertScoringComplete(tx, draft, plan);
        let recommended = 0;
        for (const draft of drafts) {
          const record = (await tx.nominations.get(draft.id)) ?? draft;
          const decision = record.review.decision?.decision;
          if (!decision) continue;
          const status = await allowTransition(tx, {
            campaign,
            unitId: record.unitId,
            caller: admin,
            status: record.status,
            action: 'decide',
            now,
            decision,
          });
          const next = { ...record, status, version: record.version + 1, updatedAt: at };
          if (!(await tx.nominations.update(next, record.version))) throw new AppError('VERSION_CONFLICT');
          await tx.audit.append({
            nominationId: record.id,
            actorId: admin.userId,
            action: 'decide',
            fromStatus: record.status,
            toStatus: status,
            at,
            detail: { decision, published: true },
          });
          const name = record.form.name ?? '';
          await announce(
            tx,
            {
              eventKey: `decide:${record.id}:v${next.version}`,
              userIds: await unitContacts(tx, record.unitId),
              title: decision === 'recommended' ? '候选人已被推荐' : '评选结果已确定',
              body: decision === 'recommended' ? `「${name}」已被推荐至北京市妇联。` : `「${name}」本次未被推荐，感谢您的参与。`,
              page: '/pages/home/index',
              template: 'decision',
              data: { name: name.slice(0, 10), result: decision === 'recommended' ? '已推荐' : '未推荐' },
            },
            now,
          );
          if (decision === 'recommended') recommended++;
        }
        return { published: drafts.length, recommended, notRecommended: drafts.length - recommended };
      });
    },
  }),
};
