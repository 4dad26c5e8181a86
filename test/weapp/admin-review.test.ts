import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { scored } from '../server/support/nominations';
import { byText, tap } from './support/miniprogram';
import { launch } from './support/session';

let h: Harness;
let nominationId: string;
beforeAll(async () => {
  h = await openHarness();
  ({ id: nominationId } = await scored(h));
});
afterAll(() => h.close());

describe('review and ranking', () => {
  it('the review list opens the detail of a nomination, with its record and history', async () => {
    const s = launch(h, { userId: 'admin-1' });
    const list = await s.open('packages/review/pages/list/index');
    await tap(byText(list, 'view', '海淀区科学技术协会'));
    const opened = s.wx.ui.find((u) => u.api === 'navigateTo');
    expect(String(opened?.options.url)).toContain(`/packages/review/pages/detail/index?id=${encodeURIComponent(nominationId)}`);
    const detail = await s.open('packages/review/pages/detail/index', { id: encodeURIComponent(nominationId) });
    expect(detail.text()).toContain('海淀区科学技术协会');
    expect(detail.text()).toContain('李娜');
    expect(detail.text()).toContain('形式审查通过');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });

  it('the ranking lists the scored nomination with its weighted score and opens it', async () => {
    const s = launch(h, { userId: 'admin-1' });
    const ranking = await s.open('packages/admin/pages/ranking/index');
    expect(ranking.text()).toContain('海淀区科学技术协会');
    // SCORES 90/85/80/95 weighted 20/40/25/15 %.
    expect(ranking.text()).toContain('86.3');
    await tap(byText(ranking, 'view', '海淀区科学技术协会'));
    expect(s.wx.ui.some((u) => u.api === 'navigateTo' && String(u.options.url).includes(encodeURIComponent(nominationId)))).toBe(true);
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
