import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { seedDraft } from './support/draft';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

const UNIT = 'district-xicheng';
const UNIT_NAME = '西城区科学技术协会';
const BASE = {
  category: 'scientific-innovation',
  name: '李娜',
  workUnitAndPost: '北京某研究院 研究员',
  honors: '2020年 北京市三八红旗手',
  deeds: '扎根科研一线二十年。',
};

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const field = (page: Page, key: string) => view(page).locator(`#field-${key} textarea`).first();
const saved = (page: Page) => expect.poll(() => view(page).locator('.save').innerText(), { timeout: 20_000 }).toBe('已保存');
const dialog = (page: Page) => view(page).locator('.conflict-dialog');

/** A tab on the 单位职务与荣誉 step of the draft at `version`, with its own local draft (its own base). */
async function openTab(context: BrowserContext, version: number, signIn: boolean, form: Record<string, string> = BASE): Promise<Page> {
  const page = await context.newPage();
  if (signIn) await signInAs(page, scene.server.url, UNIT_NAME);
  else await page.goto(`${scene.server.url}/#/pages/home/index`);
  await seedDraft(page, UNIT, { form, version, step: 2 });
  await page.goto(`${scene.server.url}/#/pages/nominate/index`);
  await expect.poll(() => view(page).innerText(), { timeout: 15_000 }).toContain('第 3 步 / 共 8 步：单位职务与荣誉');
  await expect.poll(() => field(page, 'workUnitAndPost').inputValue()).toBe(form.workUnitAndPost);
  return page;
}

/** Picks a side for one field in the conflict dialog and confirms. */
async function choose(page: Page, key: string, side: '本机' | '另一处') {
  await dialog(page).locator(`.conflict[data-field=${key}] .conflict__option`).filter({ hasText: side }).click();
  await dialog(page).getByText('确认并保存', { exact: true }).click();
}

describe('two phones and two tabs edit one draft', () => {
  it('keeps every edit: each is on the server, or was shown in the dialog and replaced there', async () => {
    const api = apiClient(scene.server.url);
    const token = await api.login(`contact-${UNIT}`);
    const first = await api.call<{ version: number }>(token, 'nomination', { action: 'saveDraft', form: BASE });

    // Phone 1 (its own browser context); phone 2 a browser with two tabs, sharing one localStorage.
    const phone1 = await openTab(await phoneContext(scene.browser), first.version, true);
    const phone2 = await phoneContext(scene.browser);
    const tab1 = await openTab(phone2, first.version, true);
    const tab2 = await openTab(phone2, first.version, false);

    // Tab 1 changes 单位及职务 and 曾获荣誉, and saves.
    await field(tab1, 'workUnitAndPost').fill('北京某研究院 副院长');
    await field(tab1, 'honors').fill('2022年 全国三八红旗手');
    await saved(tab1);
    // Tab 2 of the same browser still has its own draft: nothing was overwritten behind its back.
    expect(await field(tab2, 'workUnitAndPost').inputValue()).toBe(BASE.workUnitAndPost);

    // Phone 1, on the old version, edits 曾获荣誉: asked about 荣誉 only; 单位及职务 comes from tab 1 untouched.
    await field(phone1, 'honors').fill('2023年 首都巾帼建功标兵');
    await expect.poll(() => dialog(phone1).count(), { timeout: 20_000 }).toBe(1);
    const asked = await dialog(phone1)
      .locator('.conflict')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-field')));
    expect(asked).toEqual(['honors']);
    expect(await dialog(phone1).innerText()).toContain('2022年 全国三八红旗手');
    // Nothing is chosen for the person: the confirm button waits for a choice, and a tap on it does nothing.
    await dialog(phone1).getByText('还有 1 项未选择').click({ force: true });
    expect(await dialog(phone1).count()).toBe(1);
    await screenshot(phone1, 'merge-conflict-dialog');
    await choose(phone1, 'honors', '本机');
    await saved(phone1);
    expect(await field(phone1, 'workUnitAndPost').inputValue()).toBe('北京某研究院 副院长');

    // Tab 2, also on the old version, edits 主要事迹: merged without a question, keeping both others' edits.
    await view(tab2).getByText('下一步', { exact: true }).click();
    await view(tab2).locator('#field-deeds textarea').fill('扎根科研一线二十年，带领团队攻克关键技术难题。');
    await saved(tab2);
    expect(await dialog(tab2).count()).toBe(0);

    // Tab 1 edits 曾获荣誉 again: phone 1's choice is shown to it, and it consciously keeps phone 1's.
    await field(tab1, 'honors').fill('2022年 全国三八红旗手；2021年 北京市巾帼建功标兵');
    await expect.poll(() => dialog(tab1).count(), { timeout: 20_000 }).toBe(1);
    expect(await dialog(tab1).innerText()).toContain('2023年 首都巾帼建功标兵');
    await choose(tab1, 'honors', '另一处');
    await saved(tab1);

    const server = await api.call<{ form: Record<string, string> }>(token, 'nomination', { action: 'get' });
    expect(server.form).toMatchObject({
      workUnitAndPost: '北京某研究院 副院长',
      honors: '2023年 首都巾帼建功标兵',
      deeds: '扎根科研一线二十年，带领团队攻克关键技术难题。',
    });
    // Every tab ends on the server's version.
    expect(await field(tab1, 'honors').inputValue()).toBe('2023年 首都巾帼建功标兵');
    expect(await field(phone1, 'honors').inputValue()).toBe('2023年 首都巾帼建功标兵');
  });

  it("carries on a closed tab's unsaved edits in the next tab of the browser, never a live tab's", async () => {
    const api = apiClient(scene.server.url);
    const token = await api.login(`contact-${UNIT}`);
    const now = await api.call<{ version: number; form: Record<string, string> }>(token, 'nomination', { action: 'get' });
    const browser = await phoneContext(scene.browser);
    const live = await openTab(browser, now.version, true, now.form);
    const closing = await openTab(browser, now.version, false, now.form);
    // Offline, the edit stays in the tab's local draft only; then the tab is closed.
    await browser.setOffline(true);
    await field(closing, 'workUnitAndPost').fill('北京某研究院 院长');
    await expect.poll(() => view(closing).locator('.save').innerText(), { timeout: 20_000 }).not.toBe('保存中…');
    await closing.close();
    await browser.setOffline(false);

    const next = await browser.newPage();
    await next.goto(`${scene.server.url}/#/pages/nominate/index`);
    await expect.poll(() => next.locator('.taro_page >> visible=true').innerText(), { timeout: 15_000 }).toContain('单位及职务');
    await expect.poll(() => field(next, 'workUnitAndPost').inputValue(), { timeout: 15_000 }).toBe('北京某研究院 院长');
    await saved(next);
    const server = await api.call<{ form: Record<string, string> }>(token, 'nomination', { action: 'get' });
    expect(server.form.workUnitAndPost).toBe('北京某研究院 院长');
    // The live tab kept its own draft: nothing was taken from it.
    expect(await field(live, 'workUnitAndPost').inputValue()).not.toBe('');
    const drafts = await next.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jinguo.draft.')));
    expect(drafts).toHaveLength(2);
  });
});
