import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-10T09:00:00+08:00');

describe('「接收提醒」 in the H5 app (a simulated WeChat dialog against the local runtime)', () => {
  it('staff allow one message of new submissions; the credit is kept by the server', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /王佳/);
    await page.getByText('消息').first().click();
    const body = () => page.locator('body').innerText();
    await expect.poll(body, { timeout: 15_000 }).toContain('尚未订阅微信提醒');
    expect(await body()).toContain('未订阅时，提醒只在消息页显示');
    expect(await body()).toContain('微信提醒：新材料待审查');
    await page.getByText('接收提醒', { exact: true }).click();
    await page.getByText('允许', { exact: true }).click();
    await expect.poll(body, { timeout: 10_000 }).toContain('还可接收 1 条微信提醒');
    await screenshot(page, 'inbox-subscribed');
    await page.reload();
    await expect.poll(body, { timeout: 15_000 }).toContain('还可接收 1 条微信提醒');
  });

  it('a contact who cancels the dialog keeps the inbox only', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /海淀区科学技术协会/);
    // Through the home page's link, as a person gets there: a bare hash change raced the home page's own start.
    await page.getByText('消息').first().click();
    const body = () => page.locator('body').innerText();
    await expect.poll(body, { timeout: 15_000 }).toContain('微信提醒：截止提醒、材料被退回、通过形式审查');
    await page.getByText('接收提醒', { exact: true }).click();
    await page.getByText('取消', { exact: true }).click();
    await expect.poll(body, { timeout: 10_000 }).toContain('未订阅，提醒只在消息页显示');
    expect(await body()).toContain('尚未订阅微信提醒');
  });
});
