import { type Campaign, categoryQuota } from '../../domain/campaign/campaign';
import { isAssigned } from '../../domain/review/assignments';
import { OUTLIER_POINTS, scoreSpread } from '../../domain/review/spread';
import { EXPERT_STATUSES, REVIEWABLE_STATUSES } from './access/nomination-scope';
import { duplicateFinder, unitMap } from './duplicates';
import { everyNomination } from './paging';
import type { Ports } from './ports';
import { averageScore, weightedTotal } from './ranking';
import type { NominationRecord, ScoreRecord } from './repositories';
import { myScoreOf, scoringProgress } from './scoring';

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * What the admin decides from: per nomination its weighted average, every assigned expert's scores by
 * criterion with their comments (or declared reason to abstain), the spread with outliers marked
 * (domain/review/spread.ts), the duplicate flag, the drafted decision; per category its quota.
 */
export async function rankingOf(ports: Ports, campaign: Campaign) {
  const repos = ports.db.read;
  const [units, experts, plan] = await Promise.all([unitMap(repos), repos.users.byRole('expert'), repos.assignments.get(campaign.id)]);
  // Every submitted nomination, for the duplicate flag; the ones past the 形式审查 are ranked.
  const submitted: NominationRecord[] = [];
  for await (const n of everyNomination(repos, { campaignId: campaign.id, statuses: REVIEWABLE_STATUSES, excludeTest: true }))
    submitted.push(n);
  const duplicates = duplicateFinder(submitted, units);
  // A real nomination's experts are the ones bound to no unit (the review demo's are its own).
  const panel = experts.filter((e) => (e.unitId ?? null) === null);
  const ranked = submitted.filter((r) => EXPERT_STATUSES.includes(r.status));
  const byNomination = new Map<string, ScoreRecord[]>();
  for (const s of await repos.scores.forNominations(ranked.map((n) => n.id)))
    byNomination.set(s.nominationId, [...(byNomination.get(s.nominationId) ?? []), s]);
  const rowOf = (n: NominationRecord) => {
    const scores = (byNomination.get(n.id) ?? []).sort((a, b) => (a.expertId < b.expertId ? -1 : 1));
    const assigned = panel.filter((e) => isAssigned(plan, e.id, n));
    // An expert who scored and was unassigned later still shows: the score is on record.
    const shown = panel.filter((e) => assigned.includes(e) || scores.some((s) => s.expertId === e.id));
    const finals = scores.filter((s) => s.state === 'final' && shown.some((e) => e.id === s.expertId));
    const spread = scoreSpread(finals.map((s) => weightedTotal(campaign.criteria, s.scores)));
    const progress = scoringProgress(assigned, scores);
    return {
      id: n.id,
      version: n.version,
      status: n.status,
      name: n.form.name ?? '',
      category: n.form.category ?? null,
      unitName: units.get(n.unitId)?.name ?? n.unitId,
      ...averageScore(campaign.criteria, finals),
      byCriterion: Object.fromEntries(
        campaign.criteria.map((c) => [
          c.key,
          finals.length ? oneDecimal(finals.reduce((sum, s) => sum + (s.scores[c.key] ?? 0), 0) / finals.length) : null,
        ]),
      ),
      spread: spread.spread,
      wideSpread: spread.wide,
      duplicateUnits: duplicates(n),
      decision: n.review.decision?.decision ?? null,
      scoringComplete: progress.complete,
      pending: progress.pending.map((e) => e.name),
      experts: shown.map((e) => {
        const s = scores.find((x) => x.expertId === e.id);
        const finalIndex = s ? finals.indexOf(s) : -1;
        return {
          expertId: e.id,
          name: e.name,
          assigned: assigned.includes(e),
          state: s?.state ?? null,
          myScore: myScoreOf(s),
          total: s?.state === 'final' ? weightedTotal(campaign.criteria, s.scores) : null,
          scores: s?.state === 'final' ? s.scores : {},
          // A score's comment, or an abstention's declared conflict of interest; a draft's stays the expert's own.
          comment: s && s.state !== 'draft' ? s.comment : null,
          outlier: finalIndex >= 0 && spread.outliers[finalIndex] === true,
        };
      }),
    };
  };
  const items = ranked.map(rowOf);
  items.sort((a, b) => (b.average ?? -1) - (a.average ?? -1) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
  const categories = campaign.categories.map((c) => {
    const mine = items.filter((i) => i.category === c.key);
    return {
      key: c.key,
      label: c.label,
      quota: categoryQuota(campaign, c.key),
      nominations: mine.length,
      recommended: mine.filter((i) => i.status === 'recommended').length,
      drafted: mine.filter((i) => i.decision === 'recommended' && i.status === 'scored').length,
    };
  });
  return {
    criteria: campaign.criteria,
    categories,
    outlierPoints: OUTLIER_POINTS,
    unpublished: items.filter((i) => i.decision !== null && i.status === 'scored').length,
    items,
  };
}
