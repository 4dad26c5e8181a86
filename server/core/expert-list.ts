import { isAssigned, isScoringDone, type MyScore } from '../../domain/review/assignments';
import type { Caller } from './caller';
import type { NominationRecord, Repositories } from './repositories';
import { myScoreOf } from './scoring';

/**
 * An expert's side of the list: only the nominations assigned to them, each with their own mark, and
 * the count 「已评 done / assigned」 (a final score or an abstention is done), whatever another expert did.
 */
export async function expertScope(repos: Repositories, caller: Caller, campaignId: string, visible: readonly NominationRecord[]) {
  const [plan, mine] = await Promise.all([repos.assignments.get(campaignId), repos.scores.forExpert(caller.userId)]);
  const byNomination = new Map(mine.map((s) => [s.nominationId, s]));
  const assigned = visible.filter((n) => isAssigned(plan, caller.userId, n));
  const myScore = (id: string): MyScore => myScoreOf(byNomination.get(id));
  const progress = { assigned: assigned.length, done: 0, draft: 0, none: 0 };
  for (const n of assigned) {
    const state = myScore(n.id);
    if (isScoringDone(state)) progress.done++;
    else progress[state]++;
  }
  return { assigned, myScore, progress };
}
