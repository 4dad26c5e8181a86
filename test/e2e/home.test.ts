import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { startLocalServer } from './support/local-server';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

describe('home page on a phone', () => {
  it('shows the campaign, a live countdown, the four categories and the organizer', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await page.goto(`${scene.server.url}/`);
    await expect.poll(() => page.getByText('首都最美巾帼奋斗者').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.locator('.deadline').innerText()).toMatch(/还剩\s*19\s*天/);
    const body = await page.locator('body').innerText();
    expect(body).toContain('2023年10月20日 23:59');
    for (const label of ['科研创新女性科技工作者', '先进制造业和现代服务业女性', '新业态、新就业群体女性', '乡村振兴新型女农人']) {
      expect(body).toContain(label);
    }
    expect(body).toContain('87258923');
    expect(body).toContain('84650077-8513');
    expect(body).toContain('zmkjgzz_bast@163.com');
    await screenshot(page, 'home-signed-out');
  });

  it('tells a unit contact where the unit stands after signing in', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /海淀区科学技术协会/);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('本单位推荐状态：尚未填写');
    expect(await page.locator('body').innerText()).toContain('推荐单位：海淀区科学技术协会');
    await screenshot(page, 'home-contact');
  });

  it('takes staff to the review list, which survives a reload (hash router)', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /王佳/);
    await page.getByText('查看推荐材料').click();
    await page.waitForURL(/packages\/review\/pages\/list\/index/);
    await page.reload();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('暂无推荐材料');
    await screenshot(page, 'review-list-empty');
  });

  it('shows the admin the progress of all units', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /刘伟/);
    await page.getByText('活动总览').click();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('0 / 26');
    await screenshot(page, 'admin-dashboard');
  });
});

describe('after the deadline', () => {
  it('says 已截止 and points the contact to the organizer', async () => {
    const late = await startLocalServer({ NOW: '2023-10-21T09:00:00+08:00', DEADLINE: '2023-10-20T23:59:59+08:00' });
    try {
      const page = await (await phoneContext(scene.browser)).newPage();
      await signInAs(page, late.url, /海淀区科学技术协会/);
      await expect.poll(() => page.locator('.deadline').innerText(), { timeout: 15_000 }).toContain('已截止');
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('报送已截止');
      await screenshot(page, 'home-after-deadline');

      // A draft begun during an extension the admin has since withdrawn: the form explains and the server refuses.
      const api = apiClient(late.url);
      const admin = await api.login('admin-1');
      const extend = (deadline: string | null) =>
        api.call(admin, 'review', { action: 'extendDeadline', unitId: 'district-haidian', deadline });
      await extend('2023-10-27T23:59:59+08:00');
      await api.call(await api.login('contact-district-haidian'), 'nomination', { action: 'saveDraft', form: { name: '李娜' } });
      await extend(null);
      await page.reload();
      const view = page.locator('.taro_page >> visible=true');
      await view.getByText('查看推荐', { exact: true }).click();
      await expect.poll(() => view.innerText(), { timeout: 15_000 }).toContain('截止后不能再修改、上传或提交');
      expect(await view.innerText()).toContain('王佳 87258923');
      // Read-only: what was saved before the deadline, and nothing to type into or choose.
      expect(await view.locator('.preview-table').innerText()).toContain('李娜');
      expect(await view.locator('.choice, textarea, input').count()).toBe(0);
      await screenshot(page, 'home-wizard-after-deadline');
    } finally {
      await late.stop();
    }
  });
});
