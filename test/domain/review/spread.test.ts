import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAssigned } from '../../../domain/review/assignments';
import { median, OUTLIER_POINTS, scoreSpread } from '../../../domain/review/spread';

const total = fc.double({ min: 0, max: 100, noNaN: true });

describe('scoreSpread', () => {
  it('marks the one expert far from the panel, not the ones who agree', () => {
    expect(scoreSpread([80, 82, 50])).toEqual({ spread: 32, wide: true, outliers: [false, false, true] });
    expect(scoreSpread([80, 60])).toEqual({ spread: 20, wide: true, outliers: [false, false] });
    expect(scoreSpread([80, 70])).toEqual({ spread: 10, wide: false, outliers: [false, false] });
    expect(scoreSpread([])).toEqual({ spread: null, wide: false, outliers: [] });
  });

  it('marks exactly the totals beyond the threshold from the median, and never with fewer than three experts', () => {
    fc.assert(
      fc.property(fc.array(total, { minLength: 1, maxLength: 9 }), (totals) => {
        const { spread, wide, outliers } = scoreSpread(totals);
        const mid = median(totals) ?? 0;
        expect(outliers).toHaveLength(totals.length);
        totals.forEach((t, i) => {
          expect(outliers[i]).toBe(totals.length >= 3 && Math.abs(t - mid) > OUTLIER_POINTS);
        });
        if (totals.length < 3) expect(outliers.some(Boolean)).toBe(false);
        expect(wide).toBe((spread ?? 0) > OUTLIER_POINTS);
        if (outliers.some(Boolean)) expect(wide).toBe(true);
      }),
    );
  });
});

describe('isAssigned', () => {
  const n = (id: string, category: string) => ({ id, form: { category } });
  it('gives an unnamed expert everything, a named one their categories and nominations only', () => {
    const plan = {
      campaignId: '2023',
      updatedAt: '',
      updatedBy: 'admin-1',
      experts: { e2: { categories: ['rural-revitalization' as const], nominationIds: ['x'] } },
    };
    expect(isAssigned(null, 'e1', n('a', 'scientific-innovation'))).toBe(true);
    expect(isAssigned(plan, 'e1', n('a', 'scientific-innovation'))).toBe(true);
    expect(isAssigned(plan, 'e2', n('a', 'scientific-innovation'))).toBe(false);
    expect(isAssigned(plan, 'e2', n('b', 'rural-revitalization'))).toBe(true);
    expect(isAssigned(plan, 'e2', n('x', 'scientific-innovation'))).toBe(true);
  });
});
