import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const fill = (page: Page, field: string, value: string) =>
  view(page).locator(`#field-${field} input, #field-${field} textarea`).first().fill(value);
/** Everything the app keeps in the browser's storage, as one string. */
const stored = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));
const draftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jinguo.draft.')));

describe('nothing personal left on the phone', () => {
  it('keeps no 身份证号 or 电话 in the local draft, gets them back from the server, and clears everything at 退出登录', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /朝阳区科学技术协会/);
    await page.getByText('开始填写推荐').click();
    await page.waitForURL(/pages\/nominate\/index/);
    await view(page).locator('.choice').filter({ hasText: '科研创新女性科技工作者' }).click();
    await view(page).getByText('下一步', { exact: true }).click();
    await fill(page, 'idNumber', '11010519491231002X');
    await fill(page, 'phone', '13800138000');
    await expect.poll(() => view(page).innerText(), { timeout: 15_000 }).toMatch(/已保存/);
    // Saved: the phone keeps only the step, the form is on the server.
    expect(JSON.parse(await stored(page))['jinguo.draft.district-chaoyang']).toContain('"form":{}');
    // Offline, the unsaved edits stay on the phone: the name, but never the ID or the phone number.
    await page.context().setOffline(true);
    await fill(page, 'name', '赵敏');
    await fill(page, 'phone', '13912345678');
    await expect.poll(() => stored(page), { timeout: 15_000 }).toContain('赵敏');
    const kept = await stored(page);
    for (const secret of ['11010519491231002X', '110105194912310', '13800138000', '13912345678']) expect(kept).not.toContain(secret);
    await page.context().setOffline(false);

    // Reopened, the form has them again: from the server, not from the phone.
    await page.reload();
    await expect
      .poll(() => view(page).locator('#field-idNumber input').first().inputValue(), { timeout: 15_000 })
      .toBe('11010519491231002X');
    // The phone number typed offline was never saved anywhere: the server's stands.
    expect(await view(page).locator('#field-phone input').first().inputValue()).toBe('13800138000');
    expect(await view(page).locator('#field-name input').first().inputValue()).toBe('赵敏');
    await expect.poll(() => view(page).innerText(), { timeout: 15_000 }).toMatch(/已保存/);

    await page.goto(`${scene.server.url}/#/pages/home/index`);
    await view(page).getByText('退出登录').click();
    await expect.poll(() => page.locator('body').innerText()).toContain('本机保存的填写草稿将被清除');
    await screenshot(page, 'sign-out-confirm');
    await page.getByText('退出', { exact: true }).last().click();
    await expect.poll(() => view(page).innerText(), { timeout: 15_000 }).toContain('登录');
    expect(await draftKeys(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('jinguo.session'))).toBeNull();
  });
});
