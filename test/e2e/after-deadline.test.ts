import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { seedDraft } from './support/draft';
import { media } from './support/fixtures';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

// The day after the notice's deadline (2023-10-20 end of day, Beijing time).
const scene = setUpScene('2023-10-21T09:00:00+08:00');

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const body = (page: Page) => view(page).innerText();

describe('after the deadline', () => {
  it('shows the form read-only, with the organizer phones as tel: links, and stores no upload', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, '大兴区科学技术协会');
    await page.goto(`${scene.server.url}/#/pages/nominate/index`);
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('报送已截止');
    // The home page says 报送已截止 too: wait until the wizard's page has replaced it with its read-only view.
    await expect.poll(() => view(page).getByText('下一步').count(), { timeout: 15_000 }).toBe(0);
    expect(await view(page).locator('textarea, input').count()).toBe(0);
    const links = await view(page)
      .locator('a.phone-link')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['王佳 87258923', 'tel:01087258923'],
      ['刘伟 84650077-8513', 'tel:01084650077,8513'],
    ]);
    expect(await view(page).locator('textarea, input').count()).toBe(0);
    expect(await view(page).getByText('下一步').count()).toBe(0);
    await screenshot(page, 'wizard-after-deadline');

    // The upload route refuses before the body, whatever the page does.
    const status = await page.evaluate(async () => {
      const token = JSON.parse(localStorage.getItem('jinguo.session') ?? '{}').data as string;
      const r = await fetch('/api/files?kind=photo&name=a.jpg', {
        method: 'PUT',
        body: new Uint8Array(1024),
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: r.status, code: ((await r.json()) as { error?: { code: string } }).error?.code };
    });
    expect(status).toEqual({ status: 400, code: 'DEADLINE_PASSED' });
  });

  it('reopens the form and uploads for a unit given an extension', async () => {
    const api = apiClient(scene.server.url);
    const admin = await api.login('admin-1');
    await api.call(admin, 'review', { action: 'extendDeadline', unitId: 'district-huairou', deadline: '2023-10-27T23:59:59+08:00' });
    const contact = await api.login('contact-district-huairou');
    const saved = await api.call<{ version: number }>(contact, 'nomination', { action: 'saveDraft', form: { name: '李娜' } });

    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, '怀柔区科学技术协会');
    await seedDraft(page, 'district-huairou', { form: { name: '李娜' }, version: saved.version, step: 4 });
    await page.goto(`${scene.server.url}/#/pages/nominate/index`);
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('第 5 步 / 共 8 步：工作照');
    expect(await body(page)).not.toContain('报送已截止');
    const chooser = page.waitForEvent('filechooser');
    await view(page).getByText('拍摄或选择工作照').first().click();
    await (await chooser).setFiles([media('lovell_sharp__flowers.jpeg')]);
    await expect.poll(() => page.locator('.photo').count(), { timeout: 30_000 }).toBe(1);
  });
});
