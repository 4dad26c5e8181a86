import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { screenshot } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

const visiblePage = (page: Page) => page.locator('.taro_page >> visible=true');

/**
 * A page that throws while rendering shows 「页面出错了」 with a way back, not a blank screen. The error is
 * real bad data from the wire (a reply missing what the page relies on), so no test hook ships in the build.
 */
describe('a page that fails to render', () => {
  it('says 页面出错了, and 重试 renders the page again once the data is good', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await page.route('**/api/fn/campaign', async (route) => {
      const reply = (await (await route.fetch()).json()) as { ok: boolean; data: Record<string, unknown> };
      await route.fulfill({ json: { ...reply, data: { ...reply.data, contacts: null, categories: null } } });
    });
    await page.goto(`${scene.server.url}/`);
    await expect.poll(() => visiblePage(page).innerText(), { timeout: 20_000 }).toContain('页面出错了');
    expect(await visiblePage(page).innerText()).toContain('返回首页');
    await screenshot(page, 'page-error');

    await page.unroute('**/api/fn/campaign');
    await visiblePage(page).getByText('重试', { exact: true }).click();
    await expect.poll(() => visiblePage(page).innerText(), { timeout: 20_000 }).toContain('首都最美巾帼奋斗者');
    expect(await visiblePage(page).innerText()).not.toContain('页面出错了');
    expect(await visiblePage(page).innerText()).toContain('87258923');
  });

  it('takes the person from a broken page back to the home page', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await page.route('**/api/fn/notify', async (route) => {
      const event = route.request().postDataJSON() as { action?: string };
      if (event.action !== 'inbox') return route.continue();
      return route.fulfill({ json: { ok: true, data: { items: [null], unread: 1 } } });
    });
    await page.goto(`${scene.server.url}/#/pages/inbox/index`);
    await expect.poll(() => visiblePage(page).innerText(), { timeout: 20_000 }).toContain('页面出错了');

    await visiblePage(page).getByText('返回首页', { exact: true }).click();
    await page.waitForURL(/pages\/home\/index/);
    await expect.poll(() => visiblePage(page).innerText(), { timeout: 20_000 }).toContain('首都最美巾帼奋斗者');
  });
});
