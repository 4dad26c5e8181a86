import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { scanElement } from './support/qr';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-10T09:00:00+08:00');
const NEW_UNIT = '北京市女科技工作者协会';

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const text = (page: Page) => view(page).innerText();
const shownCode = async (page: Page) => (await view(page).locator('.invite-card__code').innerText()).replace(/\s/g, '');

async function openInvitesPage(): Promise<Page> {
  const context = await phoneContext(scene.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: scene.server.url });
  const page = await context.newPage();
  await signInAs(page, scene.server.url, /刘伟/);
  await view(page).getByText('活动总览').click();
  await view(page).getByText('邀请与单位 ›').click();
  await expect.poll(() => text(page), { timeout: 15_000 }).toContain('新建邀请码');
  return page;
}

/** The row of the list that shows this code. */
const rowOf = (page: Page, code: string) =>
  view(page)
    .locator('.invite-row')
    .filter({ hasText: code.replace(/(.{4})(?=.)/g, '$1 ') });

describe('the admin invites people and keeps the units', () => {
  it('adds a unit, invites its contact and a staff member by code and QR code, and revokes one', async () => {
    const admin = await openInvitesPage();

    // A new unit has no contact yet, so it is the one to invite.
    await view(admin).getByText('推荐单位', { exact: true }).click();
    await view(admin).locator('.unit-editor input').first().fill(NEW_UNIT);
    await view(admin).locator('.unit-editor').first().getByText('市学会', { exact: true }).click();
    await view(admin).getByText('添加单位', { exact: true }).click();
    const newRow = view(admin).locator('.unit-row').filter({ hasText: NEW_UNIT });
    await expect.poll(() => newRow.innerText(), { timeout: 15_000 }).toMatch(/市学会\s*未绑定联系人/);
    expect(await view(admin).locator('.unit-row').filter({ hasText: '密云区科学技术协会' }).innerText()).toContain('联系人：');
    await screenshot(admin, 'admin-units');

    await view(admin).getByText('邀请码', { exact: true }).first().click();
    await expect.poll(() => text(admin)).toContain('尚未绑定联系人的单位：1 个');
    const createButton = view(admin)
      .locator('.primary-button')
      .filter({ hasText: /请先选择推荐单位|生成邀请码/ });
    expect(await createButton.getAttribute('disabled')).not.toBeNull();
    await view(admin).locator('.unit-choice').filter({ hasText: NEW_UNIT }).click();
    // Not greyed out once it can be used (Taro's H5 button styles any disabled attribute, even "false").
    expect(await createButton.getAttribute('disabled')).toBeNull();
    await view(admin).getByText('生成邀请码', { exact: true }).click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain(`${NEW_UNIT} 联系人的邀请码`);
    const contactCode = await shownCode(admin);
    expect(contactCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    // 14 days from 2023-10-10 09:00 Beijing time; the local clock runs on from there.
    expect(await text(admin)).toMatch(/有效期至 2023年10月24日 09:0\d/);
    expect(await scanElement(admin, view(admin).locator('.qr'), 'admin-invite-qr-contact')).toBe(
      `pages/sign-in/index?invite=${contactCode}`,
    );
    await view(admin).getByText('复制邀请码', { exact: true }).click();
    await expect.poll(() => admin.evaluate(() => navigator.clipboard.readText())).toBe(contactCode);
    await screenshot(admin, 'admin-invite-contact');
    // The toast sits over the QR code until it fades.
    await admin.getByText('邀请码已复制').waitFor({ state: 'hidden' });

    await view(admin).locator('.chip').getByText('形式审查', { exact: true }).click();
    await view(admin).locator('.invite-form__days-input input').fill('7');
    await view(admin).getByText('生成邀请码', { exact: true }).click();
    await expect.poll(() => text(admin), { timeout: 15_000 }).toContain('形式审查人员的邀请码');
    const staffCode = await shownCode(admin);
    expect(staffCode).not.toBe(contactCode);
    expect(await text(admin)).toMatch(/有效期至 2023年10月17日 09:0\d/);
    expect(await scanElement(admin, view(admin).locator('.qr'), 'admin-invite-qr-staff')).toBe(`pages/sign-in/index?invite=${staffCode}`);

    await expect.poll(() => rowOf(admin, staffCode).innerText(), { timeout: 15_000 }).toContain('未使用');
    expect(await rowOf(admin, contactCode).innerText()).toContain(`${NEW_UNIT} 联系人`);
    await rowOf(admin, staffCode).getByText('作废', { exact: true }).click();
    await admin.getByText('作废', { exact: true }).last().click();
    await expect.poll(() => rowOf(admin, staffCode).innerText(), { timeout: 15_000 }).toContain('已作废');
    // The revoked code is no longer offered for handing over.
    expect(await view(admin).locator('.invite-card').count()).toBe(0);
    expect(await rowOf(admin, contactCode).innerText()).toContain('未使用');
    await view(admin)
      .locator('.chip')
      .getByText(/^已作废/)
      .click();
    await expect.poll(() => view(admin).locator('.invite-row').count()).toBe(1);
    expect(await view(admin).locator('.invite-row').innerText()).toContain('已作废');
    await screenshot(admin, 'admin-invite-list');

    // Back on the units: the new unit's open invite shows, and it can be renamed.
    await view(admin).getByText('推荐单位', { exact: true }).click();
    await expect.poll(() => newRow.innerText(), { timeout: 15_000 }).toContain('1 个邀请码未使用');
    await newRow.getByText('修改', { exact: true }).click();
    const editor = view(admin).locator('.unit-row .unit-editor');
    expect(await editor.locator('input').inputValue()).toBe(NEW_UNIT);
    await editor.locator('input').fill('北京女科技工作者协会');
    await editor.getByText('保存', { exact: true }).click();
    const renamed = view(admin).locator('.unit-row').filter({ hasText: '北京女科技工作者协会' });
    await expect.poll(() => renamed.innerText(), { timeout: 15_000 }).toContain('修改');
    expect(await view(admin).locator('.unit-row').filter({ hasText: NEW_UNIT }).count()).toBe(0);
  });

  it('the QR code’s path opens the sign-in page with the code filled in', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await page.goto(`${scene.server.url}/#/pages/sign-in/index?invite=abcd2345`);
    await expect.poll(() => text(page), { timeout: 15_000 }).toContain('收到邀请码 ABCD2345');
    await screenshot(page, 'sign-in-invite');
  });
});
