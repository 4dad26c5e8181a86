import { afterEach, describe, expect, it } from 'vitest';
import type { NominationStatus } from '../../domain/status/machine';
import { dataOf, type Harness, openHarness } from './support/harness';
import { VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface ListPage {
  items: { id: string; name: string; unitType: string; category: string; status: string; idNumber?: string }[];
  nextCursor: string | null;
  total: number;
  counts: Record<string, number>;
}

/** 120 units, each with a nomination: more than one cloud-database page. */
async function seedMany() {
  const ports = h.runtime.portsFor(null);
  const categories = ['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization'];
  const statuses: NominationStatus[] = ['submitted', 'accepted', 'draft'];
  await ports.db.transaction(async (tx) => {
    for (let i = 0; i < 120; i++) {
      const unitId = `grassroots-test-${i}`;
      await tx.units.put({ id: unitId, name: `测试基层组织${i}`, type: i % 2 ? 'grassroots' : 'society' });
      const at = new Date(Date.UTC(2023, 9, 1, 0, 0, i)).toISOString();
      await tx.nominations.insert({
        id: `2023:${unitId}`,
        campaignId: '2023',
        unitId,
        status: statuses[i % 3],
        version: 1,
        form: { ...VALID_FORM, name: `候选人${i}`, category: categories[i % 4] },
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        review: {},
      });
    }
  });
}

async function everyPage(as: string, filters: Record<string, unknown>) {
  const seen: ListPage['items'] = [];
  let cursor: string | null = null;
  do {
    const page: ListPage = dataOf(await h.call<ListPage>(as, 'review', { action: 'list', ...filters, ...(cursor ? { cursor } : {}) }));
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('the reviewers list', () => {
  it('pages past 100 without losing or repeating one, newest first, and leaves drafts out', async () => {
    h = await openHarness();
    await seedMany();
    const all = await everyPage('staff-1', {});
    expect(all).toHaveLength(80);
    expect(new Set(all.map((n) => n.id)).size).toBe(80);
    expect(all.every((n) => n.status !== 'draft')).toBe(true);
    // 119 is a draft (every third is): the newest reviewable one is 118.
    expect(all[0].name).toBe('候选人118');
    expect(all[0].idNumber).toBe('110105********002X');
  });

  it('filters by status, category and unit type, and searches names of candidates and units', async () => {
    h = await openHarness();
    await seedMany();
    expect(await everyPage('staff-1', { status: 'accepted' })).toHaveLength(40);
    const rural = await everyPage('staff-1', { category: 'rural-revitalization' });
    expect(rural.every((n) => n.category === 'rural-revitalization')).toBe(true);
    expect((await everyPage('staff-1', { unitType: 'society' })).every((n) => n.unitType === 'society')).toBe(true);
    // Drafts (every third) are not listed.
    const expected = [11, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119].filter((i) => i % 3 !== 2).map((i) => `候选人${i}`);
    expect((await everyPage('staff-1', { q: '候选人11' })).map((n) => n.name).sort()).toEqual(expected.sort());
    expect(await everyPage('staff-1', { q: '测试基层组织7' })).toHaveLength(8);
  });

  it('shows experts only accepted nominations, without ID numbers', async () => {
    h = await openHarness();
    await seedMany();
    const seen = await everyPage('expert-1', {});
    expect(seen).toHaveLength(40);
    expect(seen.every((n) => n.status === 'accepted' && n.idNumber === undefined)).toBe(true);
  });
});
