import type { Campaign } from '../../domain/campaign/campaign';
import type { ScoreRecord } from './repositories';

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function rawTotal(criteria: Campaign['criteria'], scores: Record<string, number>): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  return (criteria.reduce((sum, c) => sum + ((scores[c.key] ?? 0) / c.max) * c.weight, 0) / weights) * 100;
}

/** The weighted total of one expert's scores, on a 0–100 scale, to one decimal. */
export function weightedTotal(criteria: Campaign['criteria'], scores: Record<string, number>): number {
  return oneDecimal(rawTotal(criteria, scores));
}

/** Average of the final (not draft, not abstained) scores; null when no expert has scored yet. */
export function averageScore(criteria: Campaign['criteria'], records: readonly ScoreRecord[]) {
  const finals = records.filter((r) => r.state === 'final');
  if (finals.length === 0) return { average: null, count: 0 };
  // Averaged before rounding, so the ranking does not depend on display precision.
  const sum = finals.reduce((acc, r) => acc + rawTotal(criteria, r.scores), 0);
  return { average: oneDecimal(sum / finals.length), count: finals.length };
}
