import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { submitThroughApi } from './support/submission';
import { screenshot, signInAs } from './support/screenshots';

const FORM = {
  category: 'scientific-innovation',
  education: '大学本科',
  politicalStatus: '群众',
  ethnicity: '汉族',
  phone: '13800138000',
  workUnitAndPost: '北京某研究院 研究员',
  idNumber: '11010519491231002X',
  honors: '2021年 北京市三八红旗手',
  deeds: '长期从事新材料研究，成果转化成效显著。',
  unitOpinion: '同意推荐。',
};
// Submitted in this order, so the list (newest submission first) shows them the other way round.
const NOMINEES = [
  ['contact-district-dongcheng', '赵一梅'],
  ['contact-district-xicheng', '钱二兰'],
  ['contact-district-chaoyang', '孙三菊'],
] as const;

const scene = setUpScene('2023-10-10T09:00:00+08:00', async ({ server }) => {
  const api = apiClient(server.url);
  for (const [contact, name] of NOMINEES) {
    const token = await api.login(contact);
    await submitThroughApi(api, token, { ...FORM, name });
  }
});

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const text = (page: Page) => view(page).innerText();
async function as(name: RegExp): Promise<Page> {
  const page = await (await phoneContext(scene.browser)).newPage();
  await signInAs(page, scene.server.url, name);
  return page;
}

describe('staff work through a queue', () => {
  it('保存并下一条: each 通过 is confirmed first, then the next of the filtered list opens; the list and counts follow', async () => {
    const staff = await as(/王佳/);
    await staff.goto(`${scene.server.url}/#/packages/review/pages/list/index`);
    let taps = 0;
    const tap = async (target: ReturnType<Page['locator']>) => {
      await target.click();
      taps++;
    };
    await tap(view(staff).locator('.filter').filter({ hasText: '已提交 3' }));
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('孙三菊');
    await tap(view(staff).getByText('孙三菊'));
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('登记表');
    // The bar is on screen at 390×844 without scrolling.
    const bar = await view(staff).locator('.action-bar').boundingBox();
    expect(bar && bar.y + bar.height).toBeLessThanOrEqual(844);
    await screenshot(staff, 'staff-queue-detail');

    // 「再看看」 in the confirmation sends nothing.
    await tap(view(staff).locator('.action-bar .chip').filter({ hasText: '通过' }));
    await tap(view(staff).getByText('保存并下一条'));
    await expect.poll(() => staff.locator('.taro__modal').innerText()).toContain('通过形式审查，进入专家评审');
    await tap(staff.locator('.taro__modal').getByText('再看看', { exact: true }));
    expect(await text(staff)).toContain('孙三菊 · 已提交');

    for (const [name, next] of [
      ['孙三菊', '钱二兰'],
      ['钱二兰', '赵一梅'],
    ]) {
      await expect.poll(() => text(staff), { timeout: 15_000 }).toContain(`${name} · 已提交`);
      const chip = view(staff).locator('.action-bar .chip').filter({ hasText: '通过' });
      if (!(await chip.getAttribute('class'))?.includes('chip--on')) await tap(chip);
      await tap(view(staff).getByText('保存并下一条'));
      await tap(staff.locator('.taro__modal').getByText('确定', { exact: true }));
      await expect.poll(() => text(staff), { timeout: 15_000 }).toContain(`${next} · 已提交`);
    }
    // The last of the filter: saved, and the page says there is no next one.
    await tap(view(staff).locator('.action-bar .chip').filter({ hasText: '通过' }));
    await tap(view(staff).getByText('保存并下一条'));
    await tap(staff.locator('.taro__modal').getByText('确定', { exact: true }));
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('赵一梅 · 形式审查通过');
    // A tab and a row to start, the three taps of the try called off (通过 stays chosen), then 通过 · 保存并下一条 · 确定 each.
    expect(taps).toBe(2 + 3 + (3 * 3 - 1));
    await staff.goBack();
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('已提交 0');
    expect(await text(staff)).toContain('形式审查通过 3');
    await screenshot(staff, 'staff-queue-list-after');
  });

  it('the admin sees who has not submitted, reminds one unit, and finds the staff’s steps in the activity log', async () => {
    const admin = await as(/刘伟/);
    await admin.goto(`${scene.server.url}/#/packages/admin/pages/dashboard/index`);
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('尚未提交的单位（23）');
    const row = view(admin).locator('.missing-unit').filter({ hasText: '海淀区' });
    expect(await row.innerText()).toMatch(/联系人：\S+/);
    await row.getByText('提醒', { exact: true }).click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toMatch(/已提醒\S*海淀区/);
    await row.getByText('提醒', { exact: true }).click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('每个单位每天最多提醒一次');
    await screenshot(admin, 'admin-not-submitted');

    await admin.goto(`${scene.server.url}/#/packages/admin/pages/activity/index`);
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('提醒单位尽快报送');
    await view(admin).locator('.search input').fill('钱二兰');
    await view(admin).locator('.search input').press('Enter');
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('形式审查通过');
    // The search applies once the reply is in: until then the unfiltered log is still shown.
    await expect.poll(() => text(admin), { timeout: 15_000 }).not.toContain('提醒单位尽快报送');
    const body = await text(admin);
    expect(body).toContain('王佳（形式审查人员）');
    expect(body).toContain('钱二兰 · 西城区');
    expect(body).not.toContain('提醒单位尽快报送');
    expect(body).not.toContain('孙三菊');
    await screenshot(admin, 'admin-activity-log');
  });
});
