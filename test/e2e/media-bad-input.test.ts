import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiClient } from './support/api-client';
import { phoneContext } from './support/chromium';
import { media } from './support/fixtures';
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
  await page.evaluate(
    ([unit, version]) => {
      const draft = { form: { name: '李娜' }, version, baseForm: { name: '李娜' }, dirty: false, step: 4, reached: 4 };
      localStorage.setItem(`jinguo.draft.${unit}`, JSON.stringify({ data: draft }));
    },
    [unitId, saved.version] as const,
  );
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
});
