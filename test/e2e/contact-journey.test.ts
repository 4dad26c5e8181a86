import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/chromium';
import { media } from './support/fixtures';
import { apiClient } from './support/api-client';
import { seedDraft } from './support/draft';
import { setUpScene } from './support/scene';
import { screenshot, signInAs } from './support/screenshots';

const scene = setUpScene('2023-10-01T09:00:00+08:00');

// Taro's H5 router keeps earlier pages in the DOM, hidden: act on the page on screen.
const view = (page: Page) => page.locator('.taro_page >> visible=true');
const body = (page: Page) => view(page).innerText();
const next = (page: Page) => view(page).getByText('下一步', { exact: true }).click();
const fill = (page: Page, field: string, value: string) =>
  view(page).locator(`#field-${field} input, #field-${field} textarea`).first().fill(value);
const DEEDS = `她扎根科研一线二十年，带领团队攻克关键技术难题，${'坚持创新、服务首都发展。'.repeat(20)}`;

async function chooseFiles(page: Page, button: string, files: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await view(page).getByText(button).first().click();
  await (await chooser).setFiles(files);
}

describe('a unit contact nominates a candidate on a phone', () => {
  it('completes every step, survives a reload, and submits', async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, /海淀区科学技术协会/);
    await page.getByText('开始填写推荐').click();
    await page.waitForURL(/pages\/nominate\/index/);

    // 1 推荐单位与类别; the step bar names every step, not only numbers
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('海淀区科学技术协会');
    // The home page shows the unit's name too: wait for the wizard itself.
    await expect.poll(() => view(page).locator('.stepbar__name').count(), { timeout: 15_000 }).toBe(8);
    expect(await view(page).locator('.stepbar__name').allInnerTexts()).toEqual([
      '类别',
      '候选人',
      '职务',
      '事迹',
      '照片',
      '视频',
      '意见',
      '提交',
    ]);
    await view(page).locator('.choice').filter({ hasText: '科研创新女性科技工作者' }).click();
    await screenshot(page, 'wizard-1-category');
    await next(page);

    // 2 候选人信息: a male ID is refused with the reason, the example female ID shows her age
    await fill(page, 'name', '李娜');
    await fill(page, 'idNumber', '110105194912310011');
    await next(page);
    await expect.poll(() => body(page)).toContain('第 17 位');
    await fill(page, 'idNumber', '11010519491231002x');
    await expect.poll(() => body(page)).toContain('✓ 居民身份证号码有效 · 女性 · 截止日年龄 73 岁');
    await page.locator('#field-ethnicity .form-item__input').click();
    await page.locator('#field-ethnicity input').fill('汉');
    await view(page).getByText('汉族', { exact: true }).click();
    await view(page).getByText('中共党员', { exact: true }).click();
    await view(page).getByText('博士研究生', { exact: true }).click();
    await fill(page, 'phone', '138 0013 8000');
    await screenshot(page, 'wizard-2-candidate');
    await next(page);

    // 3 单位及职务, 曾获荣誉
    await fill(page, 'workUnitAndPost', '北京某研究院 研究员、课题组长');
    await fill(page, 'honors', '2022年 北京市三八红旗手');
    await next(page);

    // 4 主要事迹 with the live counter
    await fill(page, 'deeds', DEEDS);
    await expect.poll(() => body(page)).toMatch(/已输入 \d+ \/ 1000 字/);
    await screenshot(page, 'wizard-4-deeds');
    await next(page);

    // Reload mid-way: the same step, everything still there.
    await expect.poll(() => page.locator('.save').innerText(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('第 5 步 / 共 8 步：工作照');

    // 5 工作照: a too-small photo is refused before upload; a PNG is converted; two JPEGs pass.
    await chooseFiles(page, '拍摄或选择工作照', [media('androidx_media__london.jpg')]);
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('照片只有 78 万像素');
    await chooseFiles(page, '拍摄或选择工作照', [
      media('recurser_exif-orientation-examples__Landscape_0.jpg'),
      media('lovell_sharp__flowers.jpeg'),
    ]);
    await expect.poll(() => page.locator('.photo').count(), { timeout: 30_000 }).toBe(2);
    await screenshot(page, 'wizard-5-photos');
    await next(page);

    // 6 短视频 from the album
    await chooseFiles(page, '从相册选择视频', [media('androidx_media__edit_list_positive_shift.mp4')]);
    await expect.poll(() => body(page), { timeout: 30_000 }).toContain('已通过检查');
    await screenshot(page, 'wizard-6-video');
    await next(page);

    // 7 推荐单位意见
    await fill(page, 'unitOpinion', '同意推荐。');
    await next(page);

    // 8 预览与提交
    await expect.poll(() => body(page)).toContain('预览与提交');
    const preview = await body(page);
    for (const text of ['李娜', '73 岁', '11010519491231002X', '13800138000', '工作照（2 张）', '短视频']) expect(preview).toContain(text);
    // The photos as thumbnails and the video itself, not 「2 张 / 1 段」.
    expect(await view(page).locator('.record__photo').count()).toBe(2);
    expect(await view(page).locator('.record__video video').count()).toBe(1);
    expect(preview).toContain('评审专家看不到身份证号和联系电话');
    await screenshot(page, 'wizard-8-review');
    await view(page).locator('.record__photos').scrollIntoViewIfNeeded();
    await screenshot(page, 'wizard-8-review-media');
    await view(page).locator('.consent').scrollIntoViewIfNeeded();
    await screenshot(page, 'wizard-8-review-consent');

    // Consent unticked: the greyed 提交推荐 is tapped and nothing goes to the server.
    const submits: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/fn/nomination') && r.postData()?.includes('"submit"')) submits.push(r.postData() ?? '');
    });
    await view(page).getByText('提交推荐', { exact: true }).click({ force: true });
    await view(page).getByText('提交推荐', { exact: true }).tap({ force: true });
    expect(await view(page).locator('.save').innerText()).toBe('已保存');
    expect(submits).toEqual([]);
    expect(await body(page)).not.toContain('推荐状态');

    await view(page).locator('.consent').click();
    await view(page).getByText('提交推荐', { exact: true }).click();
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('推荐状态：已提交');
    expect(submits).toHaveLength(1);
    expect(JSON.parse(submits[0])).toMatchObject({ action: 'submit', consent: true, consentVersion: '2023-1' });

    // After submitting: the whole record, read-only, with the photos and the video; each timeline step named once.
    const submitted = await body(page);
    for (const text of ['提交的推荐材料', '李娜', '北京某研究院 研究员、课题组长', '2022年 北京市三八红旗手', '同意推荐。'])
      expect(submitted).toContain(text);
    expect(await view(page).locator('.record__photo').count()).toBe(2);
    expect(await view(page).locator('.record__video video').count()).toBe(1);
    expect(await view(page).locator('textarea, input:not([type=checkbox])').count()).toBe(0);
    expect(submitted).not.toMatch(/(\S+) → \1/);
    await screenshot(page, 'wizard-submitted');
    await view(page).locator('.record__photos').scrollIntoViewIfNeeded();
    await screenshot(page, 'wizard-submitted-record');
  });

  it('shows a refused submit above the button, clear of the sticky bar, with the organizer phones when it says to call', async () => {
    const api = apiClient(scene.server.url);
    const token = await api.login('contact-district-tongzhou');
    const form = { name: '李娜' };
    const saved = await api.call<{ version: number }>(token, 'nomination', { action: 'saveDraft', form });
    const page = await (await phoneContext(scene.browser)).newPage();
    await signInAs(page, scene.server.url, '通州区科学技术协会');
    await seedDraft(page, 'district-tongzhou', { form, version: saved.version, step: 7 });
    await page.goto(`${scene.server.url}/#/pages/nominate/index`);
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('第 8 步 / 共 8 步：预览与提交');
    await view(page).locator('.consent').click();
    await view(page).getByText('提交推荐', { exact: true }).click();
    const refusal = view(page).locator('#submit-error');
    await expect.poll(() => refusal.innerText(), { timeout: 15_000 }).toMatch(/还有 \d+ 项需要修改后才能提交/);
    const [box, bar] = [await refusal.boundingBox(), await view(page).locator('.wizard__nav').boundingBox()];
    expect(box && bar && box.y >= 0 && box.y + box.height <= bar.y).toBe(true);
    await screenshot(page, 'wizard-submit-refused');
  });

  it("opens the notice's full text from home in one tap, its phones tappable", async () => {
    const page = await (await phoneContext(scene.browser)).newPage();
    await page.goto(`${scene.server.url}/#/pages/home/index`);
    await expect.poll(() => body(page), { timeout: 15_000 }).toContain('关于开展2023年度“首都最美巾帼奋斗者”选树活动的通知');
    await view(page).getByText('阅读通知全文 ›').click();
    const text = await body(page);
    for (const line of ['一、指导思想', '六、做好报送工作', '2023年9月27日', 'zmkjgzz_bast@163.com']) expect(text).toContain(line);
    expect(
      await view(page)
        .locator('.notice a.phone-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['tel:01087258923', 'tel:01084650077,8513']);
    await view(page).getByText('六、做好报送工作').scrollIntoViewIfNeeded();
    await screenshot(page, 'home-notice');
  });
});
