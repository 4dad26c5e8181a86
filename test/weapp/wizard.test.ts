import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { draft, VALID_FORM } from '../server/support/nominations';
import { byText, tap, textOnceShown } from './support/miniprogram';
import { launch } from './support/session';
import { answer } from './support/strict-wx';
import { currentStep, goToStep, PHOTO, PHOTO_SIZE, phoneHasPhoto } from './support/wizard';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe('the nomination wizard (pages/nominate)', () => {
  it('starts on 推荐单位与类别: a category is chosen by a tap, and an empty 候选人信息 does not let the person on', async () => {
    const s = launch(h, { userId: 'contact-district-dongcheng' });
    const page = await s.open('pages/nominate/index');
    expect(currentStep(page)).toEqual({ step: 1, title: '推荐单位与类别' });
    expect(page.text()).toContain('东城区科学技术协会');
    await tap(byText(page, 'view', '○ 科研创新女性'));
    expect(page.text()).toContain('● 科研创新女性');
    await tap(byText(page, 'button', '下一步'));
    expect(currentStep(page)).toEqual({ step: 2, title: '候选人信息' });
    await tap(byText(page, 'button', '下一步'));
    expect(currentStep(page).step).toBe(2);
    expect(page.text()).toMatch(/请(填写|输入|选择)/);
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });

  it('walks every step of a complete draft to 预览与提交, which lists what is still missing', async () => {
    await draft(h, 'contact-district-xicheng');
    const s = launch(h, { userId: 'contact-district-xicheng' });
    const page = await s.open('pages/nominate/index');
    const seen = [currentStep(page).title];
    for (let i = 0; i < 7; i++) {
      await tap(byText(page, 'button', '下一步'));
      seen.push(currentStep(page).title);
    }
    expect(seen).toEqual(['推荐单位与类别', '候选人信息', '单位职务与荣誉', '主要事迹', '工作照', '短视频', '推荐单位意见', '预览与提交']);
    expect(page.text()).toContain(VALID_FORM.name);
    expect(page.text()).toContain('还需要 2 张工作照');
    expect(page.text()).toContain('还需要 1 段横屏短视频');
    expect(page.nodes('button').some((b) => (b.textContent ?? '').includes('提交推荐'))).toBe(true);
    await tap(byText(page, 'button', '上一步'));
    expect(currentStep(page).title).toBe('推荐单位意见');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });

  it('the photo step: a photo taken with chooseMedia is uploaded, checked by the server and shown', async () => {
    await draft(h, 'contact-district-chaoyang');
    const s = launch(h, { userId: 'contact-district-chaoyang' });
    const temp = phoneHasPhoto(s);
    s.wx.script('chooseMedia', () =>
      answer.ok({ type: 'image', tempFiles: [{ tempFilePath: temp, size: fs.statSync(PHOTO).size, fileType: 'image' }] }),
    );
    const page = await s.open('pages/nominate/index');
    await goToStep(page, 5);
    await tap(byText(page, 'button', '拍摄或选择工作照'));
    expect(await textOnceShown(page, `第 1 张 · ${PHOTO_SIZE.width}×${PHOTO_SIZE.height}`)).toContain(
      `第 1 张 · ${PHOTO_SIZE.width}×${PHOTO_SIZE.height}`,
    );
    expect(page.text()).toContain('还可添加 2 张');
    const chose = s.wx.calls.find((c) => c.api === 'chooseMedia')?.options as Record<string, unknown>;
    expect(chose).toMatchObject({ mediaType: ['image'], sizeType: ['original'] });
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
