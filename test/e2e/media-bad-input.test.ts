import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { media } from './support/fixtures';
import { seedDraft } from './support/draft';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

const view = (page: Page) => page.locator('.taro_page >> visible=true');
const body = (page: Page) => view(page).innerText();
const PHOTO_BUTTON = '拍摄或选择工作照';

/** The photo step of a draft saved on the server: the form remembers the step it was on (Taro's storage on H5). */
async function openPhotoStep(page: Page, unitId: string, unitName: string) {
  const api = apiClient(scene.server.url);
  const contact = await api.login(`contact-${unitId}`);
  const form = { name: '李娜' };
  const saved = await api.call<{ version: number }>(contact, 'nomination', { action: 'saveDraft', form });
  await signInAs(page, scene.server.url, unitName);
  await seedDraft(page, unitId, { form, version: saved.version, step: 4 });
  await page.goto(`${scene.server.url}/#/pages/nominate/index`);
  await expect.poll(() => body(page), { timeout: 15_000 }).toContain('第 5 步 / 共 8 步：工作照');
}

async function choose(page: Page, files: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await view(page).getByText(PHOTO_BUTTON).first().click();
  await (await chooser).setFiles(files);
}

describe('the photo step when things go wrong', () => {
  it('says so when the picker is closed without a photo, and the same button opens it again', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await openPhotoStep(page, 'district-haidian', '海淀区科学技术协会');
    await choose(page, []);
    await expect.poll(() => body(page), { timeout: 10_000 }).toContain('已取消拍摄或选择照片。需要时请再点一次。');
    await choose(page, [media('lovell_sharp__flowers.jpeg')]);
    await expect.poll(() => page.locator('.photo').count(), { timeout: 30_000 }).toBe(1);
    expect(await body(page)).not.toContain('已取消拍摄或选择照片');
  });

  it('ends an upload cut off by the network in a Chinese message with 重试, which then attaches the photo', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await openPhotoStep(page, 'district-chaoyang', '朝阳区科学技术协会');
    const before = await page.locator('.photo').count();
    await page.route('**/api/files?**', (route) => route.abort('internetdisconnected'));
    await choose(page, [media('recurser_exif-orientation-examples__Landscape_0.jpg')]);
    // The queue retries on its own first (1 s, 3 s, 8 s apart), then hands over to the person.
    await expect.poll(() => body(page), { timeout: 40_000 }).toContain('网络连接中断，上传未完成。请检查网络后点「重试」。');
    expect(await body(page)).not.toContain('正在检查');
    await screenshot(page, 'photo-upload-network-drop');

    await page.unroute('**/api/files?**');
    await view(page).getByText('重试', { exact: true }).click();
    await expect.poll(() => page.locator('.photo').count(), { timeout: 30_000 }).toBe(before + 1);
    expect(await body(page)).not.toContain('网络连接中断');
  });

  it('loses the check answer after the bytes arrived: 重试 attaches the stored file without a second PUT', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await openPhotoStep(page, 'district-fengtai', '丰台区科学技术协会');
    const puts: string[] = [];
    const checks: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/api/files')) puts.push(r.url());
    });
    // The check reaches the server and is answered, but the answer never reaches the phone (the connection drops).
    await page.route('**/api/fn/media', async (route) => {
      const event = route.request().postDataJSON() as { action?: string };
      if (event.action !== 'check') return route.continue();
      checks.push('check');
      if (checks.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await choose(page, [media('recurser_exif-orientation-examples__Landscape_0.jpg')]);
    await expect.poll(() => body(page), { timeout: 30_000 }).toContain('文件已传到服务器，但核验结果没有收到');
    expect(await view(page).locator('.upload').getByText('删除', { exact: true }).count()).toBe(1);
    await screenshot(page, 'photo-check-answer-lost');
    expect(puts).toHaveLength(1);

    await view(page).getByText('重试', { exact: true }).click();
    await expect.poll(() => page.locator('.photo').count(), { timeout: 30_000 }).toBe(1);
    expect(puts).toHaveLength(1);
    expect(checks).toHaveLength(2);
    expect(await body(page)).not.toContain('核验结果没有收到');
  });

  it('refuses the same photo chosen twice with MEDIA_DUPLICATE, in Chinese, with 删除', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await openPhotoStep(page, 'district-shijingshan', '石景山区科学技术协会');
    await choose(page, [media('lovell_sharp__flowers.jpeg')]);
    await expect.poll(() => page.locator('.photo').count(), { timeout: 30_000 }).toBe(1);
    await choose(page, [media('lovell_sharp__flowers.jpeg')]);
    await expect.poll(() => body(page), { timeout: 30_000 }).toContain('这个文件已经添加过了，不能重复添加');
    expect(await page.locator('.photo').count()).toBe(1);
    await view(page).locator('.upload').getByText('删除', { exact: true }).click();
    await expect.poll(() => body(page)).not.toContain('这个文件已经添加过了');
  });

  it('says how to get a JPG when the browser cannot read a HEIC photo (Chromium has no HEIC decoder)', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await openPhotoStep(page, 'district-mentougou', '门头沟区科学技术协会');
    expect(await body(page)).toContain('HEIC 照片仅在能读取它的浏览器');
    await choose(page, [media('androidx_media__sample_MP.heic')]);
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('这台设备无法读取 HEIC 照片');
  });
});
