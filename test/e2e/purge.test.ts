import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { startLocalServer } from './support/local-server';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

async function purgeFromDashboard(url: string) {
  const page = await (await phoneContext(scene.browser)).newPage();
  await signInAs(page, url, /刘伟/);
  await page.getByText('活动总览').click();
  await page.getByText('清除身份证号和电话').click();
  await expect.poll(() => page.locator('body').innerText()).toContain('删除后无法恢复');
  await page.getByText('清除', { exact: true }).last().click();
  return page;
}

describe('the admin purges personal data from the dashboard', () => {
  it('is told, in Chinese, why not while the campaign is still open', async () => {
    const page = await purgeFromDashboard(scene.server.url);
    await expect.poll(() => page.locator('.error-text').innerText(), { timeout: 15_000 }).toContain('活动尚未结束');
    await screenshot(page, 'admin-purge-refused');
  });

  it('runs once the campaign is closed (here: no nomination holds personal data)', async () => {
    const late = await startLocalServer({ NOW: '2023-11-01T09:00:00+08:00', DEADLINE: '2023-10-20T23:59:59+08:00' });
    try {
      const page = await purgeFromDashboard(late.url);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('没有需要清除的个人信息');
    } finally {
      await late.stop();
    }
  });
});
