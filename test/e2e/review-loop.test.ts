import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { submitThroughApi } from './support/submission';
import { screenshot, signInAs } from './support/screenshots';

const FORM = {
  category: 'rural-revitalization',
  name: '王秀英',
  education: '大学本科',
  politicalStatus: '群众',
  ethnicity: '满族',
  phone: '010-84650077-8513',
  workUnitAndPost: '密云区某农业合作社 理事长',
  idNumber: '11010519491231002X',
  honors: '2021年 北京市三八红旗手',
  deeds: '带领当地妇女发展农村电商，年销售额逐年增长。',
  unitOpinion: '同意推荐。',
};

const scene = setUpScene('2023-10-10T09:00:00+08:00', async ({ server }) => {
  // A contact's complete submission, through the same HTTP contract the app uses.
  const api = apiClient(server.url);
  const token = await api.login('contact-district-miyun');
  await submitThroughApi(api, token, FORM);
});

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const text = (page: Page) => view(page).innerText();
async function as(name: RegExp): Promise<Page> {
  const page = await (await phoneContext(scene.browser)).newPage();
  await signInAs(page, scene.server.url, name);
  return page;
}
/** Runs an export from the dashboard and returns the downloaded file's bytes. */
async function download(page: Page, button: string, file: RegExp): Promise<Buffer> {
  await view(page).getByText(button).click();
  const link = view(page).locator('.export-file').filter({ hasText: file });
  await link.waitFor({ timeout: 60_000 });
  const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return fs.readFileSync(await saved.path());
}

async function openNomination(page: Page) {
  await view(page)
    .getByText(/查看推荐材料|去评分/)
    .click();
  await view(page).getByText('王秀英').click();
  await expect.poll(() => text(page), { timeout: 15_000 }).toContain('登记表');
}

describe('reviewers on their phones', () => {
  it('staff are notified, return with a reason; the contact fixes and resubmits; staff accept', async () => {
    const staff = await as(/王佳/);
    await expect.poll(() => text(staff), { timeout: 15_000 }).toMatch(/待审查：\s*1/);
    // The list's search finds the nomination by the unit's name.
    await view(staff).getByText('查看推荐材料').click();
    await view(staff).locator('.search input').fill('密云');
    await view(staff).locator('.search input').press('Enter');
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('王秀英');
    await screenshot(staff, 'review-list-search');
    await staff.goto(`${scene.server.url}/#/pages/home/index`);
    await openNomination(staff);
    expect(await text(staff)).toContain('110105********002X');
    expect(await text(staff)).toContain('1920×1080');
    await screenshot(staff, 'review-detail-staff');
    await view(staff).locator('.chip').filter({ hasText: '曾获荣誉' }).click();
    await view(staff).locator('textarea').first().fill('请补充荣誉的授予单位');
    await view(staff).getByText('添加退回原因').click();
    await view(staff).locator('.action-bar .chip').filter({ hasText: '退回（1）' }).click();
    await view(staff).getByText('保存', { exact: true }).click();
    // Nothing is sent before the confirmation.
    await staff.locator('.taro__modal').getByText('确定', { exact: true }).click();
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('· 退回修改');

    const contact = await as(/密云区科学技术协会/);
    await expect.poll(() => text(contact), { timeout: 15_000 }).toContain('退回修改');
    await view(contact).getByText('继续填写').click();
    await expect.poll(() => text(contact), { timeout: 15_000 }).toContain('请补充荣誉的授予单位');
    await screenshot(contact, 'wizard-returned');
    await view(contact).getByText('请补充荣誉的授予单位').click();
    await view(contact).locator('#field-honors textarea').fill('2021年 北京市三八红旗手（北京市妇联授予）');
    await expect.poll(() => contact.locator('.save').last().innerText(), { timeout: 10_000 }).toBe('已保存');
    await view(contact).locator('.stepbar__item').last().click();
    await view(contact).locator('.consent').click();
    await view(contact).getByText('提交推荐', { exact: true }).click();
    await expect.poll(() => text(contact), { timeout: 15_000 }).toContain('推荐状态：已提交');
    // Resubmitted: the return and its reason stay in the timeline, each step named once.
    const timeline = await view(contact).locator('.contact-timeline').innerText();
    expect(timeline).toContain('退回原因：请补充荣誉的授予单位');
    expect(timeline).not.toMatch(/(\S+) → \1/);
    await view(contact).locator('.contact-timeline').scrollIntoViewIfNeeded();
    await screenshot(contact, 'wizard-resubmitted-timeline');

    await staff.reload();
    // The resubmitted record shows what the unit changed since the return.
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('重新提交后的变化');
    expect(await text(staff)).toContain('修改了：曾获荣誉');
    expect(await text(staff)).toMatch(/个人信息处理同意：推荐单位于 2023-10-10 \d\d:\d\d 提交时勾选（同意声明版本 2023-1）/);
    expect(await text(staff)).toContain('原为：2021年 北京市三八红旗手');
    await view(staff).locator('.action-bar .chip').filter({ hasText: '通过' }).click();
    await view(staff).locator('.action-bar .chip').filter({ hasText: '纸质表已收' }).click();
    await view(staff).getByText('保存', { exact: true }).click();
    await staff.locator('.taro__modal').getByText('确定', { exact: true }).click();
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('· 形式审查通过');
    await expect.poll(() => text(staff), { timeout: 15_000 }).toContain('已收到 2 份');

    // The staff inbox holds the two submissions (first and resubmitted).
    const inbox = await as(/王佳/);
    await view(inbox).getByText('消息').click();
    await expect.poll(() => text(inbox), { timeout: 15_000 }).toContain('推荐材料已重新提交');
    expect(await text(inbox)).toContain('收到新的推荐材料');
    await screenshot(inbox, 'inbox-staff');
  });

  it('two experts score, the admin decides, and the contact sees the result', async () => {
    for (const [name, achievements] of [
      [/陈评审/, '85'],
      [/李评审/, '95'],
    ] as const) {
      const expert = await as(name);
      await openNomination(expert);
      const body = await text(expert);
      expect(body).not.toContain('11010519491231002X');
      expect(body).not.toMatch(/^身份证号$/m);
      expect(body).not.toMatch(/^联系电话$/m);
      expect(body).not.toContain('8513');
      const inputs = view(expert).locator('.score-row input');
      for (const [i, value] of ['90', achievements, '80', '95'].entries()) await inputs.nth(i).fill(value);
      await view(expert).getByText('提交评分', { exact: true }).click();
      // A final score is locked: the app asks first.
      await expert.locator('.taro__modal').getByText('确定', { exact: true }).click();
      await expect.poll(() => text(expert), { timeout: 15_000 }).toContain('专家评分（已提交）');
      await screenshot(expert, `review-scored-${achievements}`);
    }
    const admin = await as(/刘伟/);
    await view(admin).getByText('活动总览').click();
    await view(admin).getByText('评审排名 ›').click();
    // (86.25 + 90.25) / 2 weighted, shown to one decimal.
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('88.3');
    await screenshot(admin, 'admin-ranking');
    await admin.goto(`${scene.server.url}/#/pages/home/index`);
    await openNomination(admin);
    await expect.poll(() => text(admin)).toContain('已有 2 位专家提交评分');
    // The decision is drafted on the record, then published with the others from the ranking.
    await view(admin).getByText('拟推荐至市妇联').click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('当前：拟推荐');
    await admin.goto(`${scene.server.url}/#/packages/admin/pages/ranking/index`);
    await view(admin).getByText('发布推荐结果').click();
    await admin.locator('.taro__modal').getByText('确定', { exact: true }).click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('· 已推荐');
    const contact = await as(/密云区科学技术协会/);
    await expect.poll(() => text(contact), { timeout: 15_000 }).toContain('已推荐');

    // The admin downloads the roster and the materials from the dashboard.
    await admin.goto(`${scene.server.url}/#/packages/admin/pages/dashboard/index`);
    const roster = await download(admin, '推荐名单（Excel）', /推荐名单（脱敏）\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(roster.buffer.slice(roster.byteOffset, roster.byteOffset + roster.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => JSON.stringify(r));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('王秀英');
    expect(rows[1]).toContain('110105********002X');
    expect(rows[1]).not.toContain('11010519491231002X');
    const archive = unzipSync(new Uint8Array(await download(admin, '全部材料（ZIP，脱敏）', /推荐材料（脱敏）\.zip/)));
    const names = Object.keys(archive);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^密云区科学技术协会-王秀英\/登记表\.pdf$/),
        expect.stringMatching(/王秀英\/短视频\.mp4$/),
      ]),
    );
    expect(names.filter((n) => /王秀英\/工作照\d\.jpg$/.test(n))).toHaveLength(2);
    // The whole numbers only after the admin confirms: cancelled, nothing is exported; confirmed, the file says 完整.
    await view(admin).getByText('全部材料（含完整证件号）').click();
    await expect.poll(() => admin.locator('body').innerText()).toContain('压缩包中的登记表将显示未遮挡的身份证号和联系电话');
    await admin.locator('.taro__modal').getByText('取消', { exact: true }).click();
    await expect.poll(() => admin.locator('.export-file').allInnerTexts()).toEqual([expect.stringMatching(/推荐材料（脱敏）\.zip/)]);
    await view(admin).getByText('全部材料（含完整证件号）').click();
    await admin.getByText('导出', { exact: true }).last().click();
    await view(admin)
      .locator('.export-file')
      .filter({ hasText: /推荐材料（完整）\.zip/ })
      .waitFor({ timeout: 60_000 });
    await screenshot(admin, 'admin-exports');
  });
});
