import { type AssignmentPlan, isAssigned, isScoringDone, type MyScore } from '../../domain/review/assignments';
import { AppError } from './app-error';
import type { NominationRecord, Repositories, ScoreRecord, UserRecord } from './repositories';
import { reviewersOf } from './test-units';

/** The experts who are to score this nomination: the role's reviewers of its unit, narrowed by the campaign's plan. */
export async function assignedExperts(repos: Repositories, record: NominationRecord, plan?: AssignmentPlan | null): Promise<UserRecord[]> {
  const [ids, experts, stored] = await Promise.all([
    reviewersOf(repos, 'expert', record.unitId),
    repos.users.byRole('expert'),
    plan === undefined ? repos.assignments.get(record.campaignId) : Promise.resolve(plan),
  ]);
  return experts.filter((e) => ids.includes(e.id) && isAssigned(stored, e.id, record));
}

export const myScoreOf = (score: ScoreRecord | null | undefined): MyScore => score?.state ?? 'none';

/** Where the scoring of one nomination stands: who is assigned, who has not finished, and how many final scores. */
export function scoringProgress(assigned: readonly UserRecord[], scores: readonly ScoreRecord[]) {
  const stateOf = (id: string) => myScoreOf(scores.find((s) => s.expertId === id));
  const pending = assigned.filter((e) => !isScoringDone(stateOf(e.id)));
  const finals = scores.filter((s) => s.state === 'final' && assigned.some((e) => e.id === s.expertId)).length;
  return { assigned: assigned.length, pending, finals, complete: pending.length === 0 && finals > 0 };
}

/** SCORING_INCOMPLETE unless every assigned expert scored or abstained and at least one final score exists. */
export async function assertScoringComplete(repos: Repositories, record: NominationRecord, plan?: AssignmentPlan | null) {
  const [assigned, scores] = await Promise.all([assignedExperts(repos, record, plan), repos.scores.forNomination(record.id)]);
  const progress = scoringProgress(assigned, scores);
  const who = `「${record.form.name ?? ''}」`;
  if (progress.pending.length > 0)
    throw new AppError(
      'SCORING_INCOMPLETE',
      `${who}还有 ${progress.pending.length} 位专家未完成评分：${progress.pending.map((e) => e.name).join('、')}`,
    );
  if (progress.finals === 0) throw new AppError('SCORING_INCOMPLETE', `${who}还没有专家提交评分，不能作出推荐决定`);
  return progress;
}
