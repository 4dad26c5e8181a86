/**
 * How far the experts' weighted totals (0–100) on one nomination lie apart. The rule, for a panel of
 * two to a handful of experts, where a standard deviation or an IQR of three numbers says little:
 * - `spread` is the highest total minus the lowest;
 * - `wide` when the spread exceeds OUTLIER_POINTS (two experts who disagree that much are worth a look);
 * - with three totals or more, a total is an `outlier` when it lies more than OUTLIER_POINTS from
 *   the median of all the totals (the median is not pulled by the outlier itself, as a mean would be).
 */
export const OUTLIER_POINTS = 15;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function scoreSpread(totals: readonly number[]): { spread: number | null; wide: boolean; outliers: boolean[] } {
  if (totals.length === 0) return { spread: null, wide: false, outliers: [] };
  const spread = Math.round((Math.max(...totals) - Math.min(...totals)) * 10) / 10;
  const mid = median(totals) ?? 0;
  return {
    spread,
    wide: spread > OUTLIER_POINTS,
    outliers: totals.map((t) => totals.length >= 3 && Math.abs(t - mid) > OUTLIER_POINTS),
  };
}
