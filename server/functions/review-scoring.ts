import { z } from 'zod';
import { abstentionReasonSchema, reopenReasonSchema } from '../../domain/review/assignments';
import { scoresSchema } from '../../domain/review/review-inputs';
import { AppError } from '../core/app-error';
import type { Caller } from '../core/caller';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { allowTransition } from '../core/nomination-service';
import { announce } from '../core/notifications';
import { nominationFor } from '../core/access/nomination-scope';
import { weightedTotal } from '../core/ranking';
import type { ScoreRecord } from '../core/repositories';
import { rankingOf } from '../core/ranking-view';

const nominationId = z.string().min(1).max(128);
const me = (caller: Caller | null): Caller => {
  if (!caller) throw new AppError('UNAUTHENTICATED');
  return caller;
};

/** A reason's text, or VALIDATION_FAILED on the field with the schema's own Chinese message. */
function reasonFrom(schema: z.ZodType<string>, value: string): string {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? '请写明原因';
  throw new AppError('VALIDATION_FAILED', message, { fields: [{ path: 'reason', code: 'REASON_REQUIRED', message }] });
}

const lockedMessage = (s: ScoreRecord) =>
  s.state === 'abstained'
    ? '您已声明回避这份推荐材料，不能再评分；如需更正，请联系管理员重新开放'
    : '您的评分已提交，不能再修改；如需修改，请联系管理员重新开放';

export const reviewScoringActions = {
  score: action({
    input: z.object({
      nominationId,
      scores: scoresSchema.default({}),
      comment: z.string().max(1000).optional(),
      state: z.enum(['draft', 'final', 'abstained']).default('final'),
      /** Required to abstain: the conflict of interest, declared in words. */
      reason: z.string().max(300).optional(),
    }),
    async run({ nominationId: id, scores, comment, state, reason }, { caller, ports }) {
      const expert = me(caller);
      const now = ports.clock.now();
      const at = now.toISOString();
      const declared = state === 'abstained' ? reasonFrom(abstentionReasonSchema, reason ?? '') : null;
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const record = await nominationFor(tx, expert, id);
        const existing = await tx.scores.get(id, expert.userId);
        // A final score or an abstention is done: only the admin reopens it (review.reopenScore).
        if (existing && existing.state !== 'draft') throw new AppError('SCORE_LOCKED', lockedMessage(existing));
        const fields =
          state === 'abstained'
            ? []
            : campaign.criteria.flatMap((c) => {
                const value = scores[c.key];
                if (value === undefined)
                  return state === 'final' ? [{ path: `scores.${c.key}`, code: 'FIELD_REQUIRED', message: `请为「${c.label}」打分` }] : [];
                return value < 0 || value > c.max
                  ? [{ path: `scores.${c.key}`, code: 'OUT_OF_RANGE', message: `「${c.label}」的分数应在 0–${c.max} 之间` }]
                  : [];
              });
        const unknown = state === 'abstained' ? [] : Object.keys(scores).filter((k) => !campaign.criteria.some((c) => c.key === k));
        for (const key of unknown) fields.push({ path: `scores.${key}`, code: 'UNKNOWN_CRITERION', message: '没有这个评分项' });
        if (fields.length) throw new AppError('VALIDATION_FAILED', '评分有误，请按提示修改', { fields });
        const status = await allowTransition(tx, {
          campaign,
          unitId: record.unitId,
          caller: expert,
          status: record.status,
          action: 'score',
          now,
        });
        const kept = state === 'abstained' ? {} : scores;
        await tx.scores.put({
          nominationId: id,
          expertId: expert.userId,
          state,
          scores: kept,
          // An abstention keeps its declared reason where a score keeps its comment: the admin reads both.
          comment: declared ?? comment ?? null,
          updatedAt: at,
        });
        const moved = state === 'final' && status !== record.status;
        if (moved) {
          const next = { ...record, status, version: record.version + 1, updatedAt: at };
          if (!(await tx.nominations.update(next, record.version))) throw new AppError('VERSION_CONFLICT');
        }
        const total = state === 'abstained' ? null : weightedTotal(campaign.criteria, kept);
        // Every edit is logged, drafts too: who scored what, when, and what it replaced.
        await tx.audit.append({
          nominationId: id,
          actorId: expert.userId,
          action: state === 'final' ? 'score' : state === 'draft' ? 'scoreDraft' : 'abstain',
          fromStatus: record.status,
          toStatus: moved ? status : record.status,
          at,
          detail:
            state === 'abstained'
              ? { reason: declared }
              : { state, scores: kept, total, ...(existing ? { before: { scores: existing.scores, comment: existing.comment } } : {}) },
        });
        return { nominationId: id, state, total };
      });
    },
  }),

  /** The admin gives one expert's locked score (or abstention) back to them as a draft, with a reason. */
  reopenScore: action({
    input: z.object({ nominationId, expertId: z.string().min(1).max(128), reason: z.string().max(300) }),
    async run({ nominationId: id, expertId, reason }, { caller, ports }) {
      const admin = me(caller);
      const why = reasonFrom(reopenReasonSchema, reason);
      const at = ports.clock.now().toISOString();
      return ports.db.transaction(async (tx) => {
        const record = await nominationFor(tx, admin, id);
        if (record.status === 'recommended' || record.status === 'not_recommended')
          throw new AppError('INVALID_STATE', '推荐结果已发布，不能再重新开放评分');
        const existing = await tx.scores.get(id, expertId);
        if (!existing || existing.state === 'draft') throw new AppError('INVALID_STATE', '这位专家还没有提交评分或声明回避，无需重新开放');
        // A reopened abstention starts empty; a reopened score keeps its numbers for the expert to correct.
        await tx.scores.put({
          ...existing,
          state: 'draft',
          scores: existing.state === 'abstained' ? {} : existing.scores,
          comment: existing.state === 'abstained' ? null : existing.comment,
          updatedAt: at,
        });
        if (record.review.decision) {
          // A drafted decision rested on the score being reopened: it is dropped with it.
          const next = { ...record, review: { ...record.review, decision: null }, version: record.version + 1, updatedAt: at };
          if (!(await tx.nominations.update(next, record.version))) throw new AppError('VERSION_CONFLICT');
        }
        await tx.audit.append({
          nominationId: id,
          actorId: admin.userId,
          action: 'reopenScore',
          fromStatus: record.status,
          toStatus: record.status,
          at,
          detail: {
            expertId,
            reason: why,
            was: existing.state,
            ...(record.review.decision ? { droppedDecision: record.review.decision.decision } : {}),
          },
        });
        // The expert hears of it in the app (no WeChat message: no subscribe template is kept for it).
        await announce(
          tx,
          {
            eventKey: `reopenScore:${id}:${expertId}:${at}`,
            userIds: [expertId],
            title: '评分已重新开放',
            body: `管理员重新开放了您对「${record.form.name ?? ''}」的评分，请修改后重新提交。原因：${why}`,
            page: `/packages/review/pages/detail/index?id=${encodeURIComponent(id)}`,
            template: null,
            data: {},
          },
          new Date(at),
        );
        return { nominationId: id, expertId, state: 'draft' as const };
      });
    },
  }),

  ranking: action({
    input: z.object({}),
    run: async (_input, { ports }) => rankingOf(ports, await currentCampaign(ports)),
  }),
};
