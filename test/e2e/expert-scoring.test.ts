import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { submitThroughApi } from './support/submission';
import { screenshot, signInAs } from './support/screenshots';

const FORM = {
  category: 'rural-revitalization',
  education: '大学本科',
  politicalStatus: '群众',
  ethnicity: '汉族',
  phone: '010-84650077',
  workUnitAndPost: '某农业合作社 理事长',
  idNumber: '11010519491231002X',
  honors: '2021年 北京市三八红旗手',
  deeds: '带领当地妇女发展农村电商，年销售额逐年增长。',
  unitOpinion: '同意推荐。',
};

// Two units put the same candidate forward (the duplicate flag names the other unit); staff accept both.
const scene = setUpScene('2023-10-10T09:00:00+08:00', async ({ server }) => {
  const api = apiClient(server.url);
  const staff = await api.login('staff-1');
  for (const [unit, name] of [
    ['district-miyun', '王秀英'],
    ['district-huairou', '赵春梅'],
  ]) {
    const token = await api.login(`contact-${unit}`);
    const sent = await submitThroughApi(api, token, { ...FORM, name });
    await api.call(staff, 'review', { action: 'accept', nominationId: sent.id, version: sent.version });
  }
});

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const text = (page: Page) => view(page).innerText();
async function as(name: RegExp): Promise<Page> {
  const page = await (await phoneContext(scene.browser)).newPage();
  await signInAs(page, scene.server.url, name);
  return page;
}
async function openFromList(page: Page, name: string) {
  await view(page).getByText('去评分').click();
  await view(page).getByText(name).click();
  await expect.poll(() => text(page), { timeout: 15_000 }).toContain('登记表');
}
// Scoped to the modal: the dashboard's date pickers (hidden in the page stack) also have a 确定.
const confirmModal = (page: Page) => page.locator('.taro__modal').getByText('确定', { exact: true }).click();

describe('experts score and abstain, the admin publishes', () => {
  it('an expert scores (confirmed, then locked) and counts only their own work', async () => {
    const expert = await as(/陈评审/);
    await expect.poll(() => text(expert), { timeout: 15_000 }).toMatch(/已评：\s*0 \/ 2/);
    await openFromList(expert, '王秀英');
    const inputs = view(expert).locator('.score-row input');
    for (const [i, value] of ['90', '85', '80', '95'].entries()) await inputs.nth(i).fill(value);
    await view(expert).locator('textarea').first().fill('事迹突出，带动作用强');
    await view(expert).getByText('提交评分', { exact: true }).click();
    await confirmModal(expert);
    await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('专家评分（已提交）');
    expect(await text(expert)).toContain('如需更正，请联系管理员重新开放');
    // Locked: no inputs left to change.
    expect(await view(expert).locator('.score-row input').count()).toBe(0);
    // Back to the home page, as a person would (detail → list → home): the count is read again.
    await expert.goBack();
    await expert.goBack();
    await expect.poll(() => text(expert), { timeout: 15_000 }).toMatch(/已评：\s*1 \/ 2/);
    await view(expert).getByText('去评分').click();
    await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('已评 1 / 2');
    await screenshot(expert, 'expert-list-marks');
  });

  it('another expert abstains only with a reason and a confirmation; their count is their own', async () => {
    const expert = await as(/李评审/);
    // The first expert's score leaves this expert's count alone.
    await expect.poll(() => text(expert), { timeout: 15_000 }).toMatch(/已评：\s*0 \/ 2/);
    await openFromList(expert, '王秀英');
    await view(expert).getByText('利益冲突，回避').click();
    await view(expert).getByText('确认回避').click();
    await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('请写明回避的原因');
    await view(expert).locator('.abstain__reason textarea').fill('候选人是我指导过的研究生');
    await view(expert).getByText('确认回避').click();
    await expect.poll(() => expert.getByText('声明回避后').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await confirmModal(expert);
    await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('专家评分（已回避）');
    expect(await text(expert)).toContain('回避原因：候选人是我指导过的研究生');
    await expert.goto(`${scene.server.url}/#/packages/review/pages/list/index`);
    await expert.reload();
    await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('已评 1 / 2');
    await view(expert)
      .locator('.filter')
      .filter({ hasText: /^回避$/ })
      .click();
    await expect.poll(() => text(expert), { timeout: 15_000 }).not.toContain('赵春梅');
    expect(await text(expert)).toContain('王秀英');
    await screenshot(expert, 'expert-list-abstained');
  });

  it('the admin sees per-criterion scores, comments and the duplicate flag, drafts a decision and publishes it', async () => {
    const admin = await as(/刘伟/);
    await admin.goto(`${scene.server.url}/#/packages/admin/pages/ranking/index`);
    await view(admin)
      .getByText(/^乡村振兴新型女农人/)
      .click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('政治素质 90 · 工作业绩 85');
    const body = await text(admin);
    expect(body).toContain('评语：事迹突出，带动作用强');
    expect(body).toContain('回避原因：候选人是我指导过的研究生');
    expect(body).toContain('疑似重复推荐：怀柔区科学技术协会');
    expect(body).toContain('名额 3 名');
    // 赵春梅 is not scored yet: no decision for her.
    expect(body).toContain('未完成评分');
    await screenshot(admin, 'admin-ranking-evidence');
    await view(admin).locator('.ranking__item').filter({ hasText: '王秀英' }).getByText('拟推荐', { exact: true }).click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('待发布的推荐决定：1 项');
    expect(await text(admin)).toContain('拟推荐（未发布）');
    await view(admin).getByText('发布推荐结果').click();
    await confirmModal(admin);
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('待发布的推荐决定：0 项');
    expect(await text(admin)).toContain('· 已推荐');
    const contact = await as(/密云区科学技术协会/);
    await expect.poll(() => text(contact), { timeout: 15_000 }).toContain('已推荐');
  });

  it('the admin assigns an expert by category, and the expert’s count follows', async () => {
    const admin = await as(/刘伟/);
    await admin.goto(`${scene.server.url}/#/packages/admin/pages/ranking/index`);
    await view(admin).getByText('专家分配 ›').click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('李评审（当前分配 2 份）');
    const card = view(admin).locator('.expert-plan').filter({ hasText: '李评审' });
    await card.getByText('按类别或指定材料').click();
    await card.getByText('科研创新女性科技工作者').click();
    await card.getByText('赵春梅').click();
    await card.getByText('保存分配').click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('李评审（当前分配 1 份）');
    await screenshot(admin, 'admin-expert-assignment');
    const expert = await as(/李评审/);
    await expect.poll(() => text(expert), { timeout: 15_000 }).toMatch(/已评：\s*0 \/ 1/);
    await view(expert).getByText('去评分').click();
    await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('赵春梅');
    expect(await text(expert)).not.toContain('王秀英');
  });
});
