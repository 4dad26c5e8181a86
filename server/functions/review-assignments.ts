import { z } from 'zod';
import { assignExpertsInput, type AssignmentPlan, isAssigned } from '../../domain/review/assignments';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { EXPERT_STATUSES } from '../core/access/nomination-scope';
import { everyNomination } from '../core/paging';
import type { NominationRecord } from '../core/repositories';

/** The campaign's nominations past the 形式审查 (what experts score), real units only. */
async function scoredNominations(ports: Parameters<typeof currentCampaign>[0], campaignId: string) {
  const all: NominationRecord[] = [];
  for await (const n of everyNomination(ports.db.read, { campaignId, statuses: EXPERT_STATUSES, excludeTest: true })) all.push(n);
  return all;
}

export const reviewAssignmentActions = {
  /** Who scores what: each expert's categories and nominations (or all), with how many that makes. */
  assignments: action({
    input: z.object({}),
    async run(_input, { ports }) {
      const campaign = await currentCampaign(ports);
      const [experts, plan, nominations] = await Promise.all([
        ports.db.read.users.byRole('expert'),
        ports.db.read.assignments.get(campaign.id),
        scoredNominations(ports, campaign.id),
      ]);
      return {
        categories: campaign.categories.map((c) => ({ key: c.key, label: c.label })),
        nominations: nominations.map((n) => ({ id: n.id, name: n.form.name ?? '', category: n.form.category ?? null })),
        experts: experts
          .filter((e) => (e.unitId ?? null) === null)
          .map((e) => {
            const mine = plan?.experts[e.id];
            return {
              id: e.id,
              name: e.name,
              all: !mine,
              categories: mine?.categories ?? [],
              nominationIds: mine?.nominationIds ?? [],
              assigned: nominations.filter((n) => isAssigned(plan, e.id, n)).length,
            };
          }),
      };
    },
  }),

  /** Sets one expert's assignment: every accepted nomination (the default), or some categories and nominations. */
  assignExperts: action({
    input: assignExpertsInput,
    async run({ expertId, all, categories, nominationIds }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const at = ports.clock.now().toISOString();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const expert = await tx.users.get(expertId);
        if (expert?.role !== 'expert') throw new AppError('NOT_FOUND', '没有这位评审专家');
        const offered = new Set(campaign.categories.map((c) => c.key));
        const unknown = categories.filter((c) => !offered.has(c));
        if (unknown.length)
          throw new AppError('VALIDATION_FAILED', '本次活动没有这个类别', {
            fields: unknown.map((c) => ({ path: 'categories', code: 'UNKNOWN_CATEGORY', message: `本次活动没有类别 ${c}` })),
          });
        for (const id of nominationIds) {
          const n = await tx.nominations.get(id);
          if (!n || n.campaignId !== campaign.id || !EXPERT_STATUSES.includes(n.status))
            throw new AppError('VALIDATION_FAILED', '只能分配已通过形式审查的推荐材料', {
              fields: [{ path: 'nominationIds', code: 'NOT_ASSIGNABLE', message: `推荐材料 ${id} 尚未通过形式审查或不存在` }],
            });
        }
        const stored = await tx.assignments.get(campaign.id);
        const experts = { ...(stored?.experts ?? {}) };
        const before = experts[expertId] ?? null;
        if (all) delete experts[expertId];
        else experts[expertId] = { categories: [...new Set(categories)], nominationIds: [...new Set(nominationIds)] };
        const plan: AssignmentPlan = { campaignId: campaign.id, experts, updatedAt: at, updatedBy: caller.userId };
        await tx.assignments.put(plan);
        await tx.audit.append({
          nominationId: null,
          actorId: caller.userId,
          action: 'assignExperts',
          fromStatus: null,
          toStatus: null,
          at,
          detail: { expertId, before, after: experts[expertId] ?? 'all' },
        });
        return { expertId, all, categories: experts[expertId]?.categories ?? [], nominationIds: experts[expertId]?.nominationIds ?? [] };
      });
    },
  }),
};
