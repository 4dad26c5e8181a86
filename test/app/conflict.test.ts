import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDrafts, resolveConflicts } from '../../src/features/wizard/conflict';

describe('merging a draft edited on two phones', () => {
  it('takes one-sided changes from either side without asking', () => {
    const base = { name: '张丽', honors: '' };
    const { merged, conflicts } = mergeDrafts(base, { name: '张丽', honors: '三八红旗手' }, { name: '张丽华', honors: '' });
    expect(merged).toEqual({ name: '张丽华', honors: '三八红旗手' });
    expect(conflicts).toEqual([]);
  });

  it('reports a field changed differently on both sides, and never silently picks one', () => {
    const { conflicts } = mergeDrafts({ deeds: 'a' }, { deeds: 'b' }, { deeds: 'c' });
    expect(conflicts).toEqual([{ key: 'deeds', mine: 'b', theirs: 'c' }]);
  });

  it('keeps what the person chose for each conflict', () => {
    const { merged, conflicts } = mergeDrafts({ a: '1', b: '1' }, { a: '2', b: '2' }, { a: '3', b: '3' });
    expect(resolveConflicts(merged, conflicts, new Set(['a']))).toEqual({ a: '2', b: '3' });
  });

  it('never loses a value typed on either side (property)', () => {
    const form = fc.dictionary(fc.constantFrom('name', 'phone', 'deeds', 'honors'), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(form, form, form, (base, mine, theirs) => {
        const { merged, conflicts } = mergeDrafts(base, mine, theirs);
        for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
          const m = mine[key] ?? '';
          const t = theirs[key] ?? '';
          const b = base[key] ?? '';
          const value = merged[key] ?? '';
          const conflict = conflicts.find((c) => c.key === key);
          if (conflict) expect([conflict.mine, conflict.theirs]).toEqual([m, t]);
          else expect(value === m || value === t).toBe(true);
          if (m !== b && t === b) expect(value).toBe(m);
        }
      }),
    );
  });
});
