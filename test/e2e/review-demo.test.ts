import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-10T09:00:00+08:00');

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const card = (page: Page) => view(page).locator('.review-demo');
const codeOf = async (page: Page, role: 'contact' | 'staff') =>
  (await card(page).locator(`.review-demo__code-row[data-role="${role}"] .review-demo__code`).innerText()).replace(/\s/g, '');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('the account for WeChat’s 审核', () => {
  it('the admin creates the demo unit and its codes on 邀请与单位, copies the 审核备注, and renews the codes', async () => {
    const context = await phoneContext(scene.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: scene.server.url });
    const admin = await context.newPage();
    await signInAs(admin, scene.server.url, /刘伟/);
    await view(admin).getByText('活动总览').click();
    await view(admin).getByText('邀请与单位 ›').click();
    await expect.poll(() => card(admin).innerText(), { timeout: 15_000 }).toContain('生成体验账号');
    expect(await card(admin).innerText()).toContain('微信审核体验账号');

    await card(admin).getByText('生成体验账号', { exact: true }).click();
    await expect.poll(() => card(admin).innerText(), { timeout: 15_000 }).toContain('审核备注（提交审核时填写）');
    const contactCode = await codeOf(admin, 'contact');
    const staffCode = await codeOf(admin, 'staff');
    expect(contactCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(staffCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(staffCode).not.toBe(contactCode);
    // 30 days from 2023-10-10 09:00 Beijing time; the local clock runs on from there.
    expect(await card(admin).innerText()).toMatch(/有效期至 2023年11月9日 09:0\d/);
    expect(await card(admin).innerText()).toContain('测试推荐：尚未填写');
    await screenshot(admin, 'admin-review-demo');

    await card(admin).locator('.review-demo__code-row[data-role="contact"]').getByText('复制邀请码', { exact: true }).click();
    await expect.poll(() => clipboard(admin)).toBe(contactCode);
    await admin.getByText('邀请码已复制').waitFor({ state: 'hidden' });
    await card(admin).getByText('复制审核备注', { exact: true }).click();
    await expect.poll(() => clipboard(admin)).toContain(`输入邀请码 ${contactCode}`);
    expect(await clipboard(admin)).toContain(`输入邀请码 ${staffCode}`);
    await admin.getByText('审核备注已复制').waitFor({ state: 'hidden' });

    // Both codes are in the list, badged as tests; the unit too, and it is no choice for a contact invite.
    const demoRows = view(admin).locator('.invite-row').filter({ hasText: '测试' });
    await expect.poll(() => demoRows.count(), { timeout: 15_000 }).toBe(2);
    expect(await view(admin).locator('.unit-choice').filter({ hasText: '微信审核体验单位' }).count()).toBe(0);
    await view(admin).getByText('推荐单位', { exact: true }).click();
    const unitRow = view(admin).locator('.unit-row').filter({ hasText: '微信审核体验单位' });
    await expect.poll(() => unitRow.innerText(), { timeout: 15_000 }).toContain('测试');
    await view(admin).getByText('邀请码', { exact: true }).first().click();

    // Renewing replaces both codes, after a confirmation.
    await card(admin).getByText('更换邀请码', { exact: true }).click();
    await admin.getByText('更换', { exact: true }).last().click();
    await expect.poll(() => codeOf(admin, 'contact'), { timeout: 15_000 }).not.toBe(contactCode);
    expect(await codeOf(admin, 'staff')).not.toBe(staffCode);
    await expect.poll(() => view(admin).locator('.invite-row').filter({ hasText: '已作废' }).count(), { timeout: 15_000 }).toBe(2);
  });
});
