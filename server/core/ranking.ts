import type { Campaign } from '../../domain/campaign/campaign';
import type { ScoreRecord } from './repositories';

/** The weighted total of one expert's scores, on a 0–100 scale. */
export function weightedTotal(criteria: Campaign['criteria'], scores: Record<string, number>): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  const total = criteria.reduce((sum, c) => sum + ((scores[c.key] ?? 0) / c.max) * c.weight, 0);
  return Math.round((total / weights) * 1000) / 10;
}

/** Average of the final (not draft, not abstained) scores; null when no expert has scored yet. */
export function averageScore(criteria: Campaign['criteria'], records: readonly ScoreRecord[]) {
  const finals = records.filter((r) => r.state === 'final');
  if (finals.length === 0) return { average: null, count: 0 };
  const sum = finals.reduce((acc, r) => acc + weightedTotal(criteria, r.scores), 0);
  return { average: Math.round((sum / finals.length) * 10) / 10, count: finals.length };
}
