import { z } from 'zod';
import { scoresSchema } from '../../domain/review/review-inputs';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { allowTransition } from '../core/nomination-service';
import { everyNomination } from '../core/paging';
import { averageScore, weightedTotal } from '../core/ranking';
import { EXPERT_STATUSES, nominationFor } from '../core/access/nomination-scope';

export const reviewScoringActions = {
  score: action({
    input: z.object({
      nominationId: z.string().min(1).max(128),
      scores: scoresSchema.default({}),
      comment: z.string().max(1000).optional(),
      state: z.enum(['draft', 'final', 'abstained']).default('final'),
    }),
    async run({ nominationId, scores, comment, state }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const now = ports.clock.now();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const record = await nominationFor(tx, caller, nominationId);
        const fields = campaign.criteria.flatMap((c) => {
          const value = scores[c.key];
          if (value === undefined)
            return state === 'final' ? [{ path: `scores.${c.key}`, code: 'FIELD_REQUIRED', message: `请为「${c.label}」打分` }] : [];
          return value < 0 || value > c.max
            ? [{ path: `scores.${c.key}`, code: 'OUT_OF_RANGE', message: `「${c.label}」的分数应在 0–${c.max} 之间` }]
            : [];
        });
        const unknown = Object.keys(scores).filter((k) => !campaign.criteria.some((c) => c.key === k));
        for (const key of unknown) fields.push({ path: `scores.${key}`, code: 'UNKNOWN_CRITERION', message: '没有这个评分项' });
        if (fields.length) throw new AppError('VALIDATION_FAILED', '评分有误，请按提示修改', { fields });
        const status = await allowTransition(tx, { campaign, unitId: record.unitId, caller, status: record.status, action: 'score', now });
        const at = now.toISOString();
        await tx.scores.put({
          nominationId,
          expertId: caller.userId,
          state,
          scores: state === 'abstained' ? {} : scores,
          comment: comment ?? null,
          updatedAt: at,
        });
        if (state === 'final' && status !== record.status) {
          const moved = { ...record, status, version: record.version + 1, updatedAt: at };
          if (!(await tx.nominations.update(moved, record.version))) throw new AppError('VERSION_CONFLICT');
          await tx.audit.append({ nominationId, actorId: caller.userId, action: 'score', fromStatus: record.status, toStatus: status, at });
        }
        return { nominationId, state, total: state === 'abstained' ? null : weightedTotal(campaign.criteria, scores) };
      });
    },
  }),

  ranking: action({
    input: z.object({}),
    async run(_input, { ports }) {
      const campaign = await currentCampaign(ports);
      const [units, experts] = await Promise.all([ports.db.read.units.list(), ports.db.read.users.byRole('expert')]);
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const rows = [];
      for await (const n of everyNomination(ports.db.read, { campaignId: campaign.id, statuses: EXPERT_STATUSES, excludeTest: true })) {
        const scores = await ports.db.read.scores.forNomination(n.id);
        rows.push({
          id: n.id,
          version: n.version,
          status: n.status,
          name: n.form.name ?? '',
          category: n.form.category ?? null,
          unitName: unitName.get(n.unitId) ?? n.unitId,
          ...averageScore(campaign.criteria, scores),
          experts: experts.map((e) => {
            const s = scores.find((x) => x.expertId === e.id);
            return {
              expertId: e.id,
              name: e.name,
              state: s?.state ?? null,
              total: s?.state === 'final' ? weightedTotal(campaign.criteria, s.scores) : null,
            };
          }),
        });
      }
      rows.sort((a, b) => (b.average ?? -1) - (a.average ?? -1));
      return { criteria: campaign.criteria, items: rows };
    },
  }),
};
