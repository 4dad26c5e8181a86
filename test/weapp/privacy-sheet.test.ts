import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { draft } from '../server/support/nominations';
import { byText, tap, textOnceShown } from './support/miniprogram';
import type { Session } from './support/session';
import { launch } from './support/session';
import { answer, type Outcome } from './support/strict-wx';
import { goToStep, PHOTO, PHOTO_SIZE, phoneHasPhoto, toldSince } from './support/wizard';

// WeChat's privacy gate (__usePrivacyCheck__): a gated call waits, the base library calls the app's
// onNeedPrivacyAuthorization listener with `resolve`, and the call goes on or fails with errno 104.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await draft(h, 'contact-district-mentougou');
});
afterAll(() => h.close());

type Resolve = (answer: { event: string; buttonId?: string }) => void;

/** chooseMedia behind the gate: asks the app for consent, then answers as WeChat does for the consent given. */
function gatedChooseMedia(s: Session, granted: Outcome) {
  const answers: { event: string; buttonId?: string }[] = [];
  s.wx.script(
    'chooseMedia',
    () =>
      new Promise<Outcome>((done) => {
        const resolve: Resolve = (a) => {
          answers.push(a);
          if (a.event === 'agree') done(granted);
          if (a.event === 'disagree') done(answer.fail('chooseMedia', 'privacy permission is not authorized', 104));
        };
        s.wx.emit('NeedPrivacyAuthorization', resolve, { referrer: 'chooseMedia' });
      }),
  );
  return answers;
}

describe('the privacy sheet before the first chooseMedia', () => {
  it('says what is collected; 同意并继续 lets the photo through', async () => {
    const s = launch(h, { userId: 'contact-district-mentougou' });
    const temp = phoneHasPhoto(s);
    const answers = gatedChooseMedia(
      s,
      answer.ok({ type: 'image', tempFiles: [{ tempFilePath: temp, size: fs.statSync(PHOTO).size, fileType: 'image' }] }),
    );
    const page = await s.open('pages/nominate/index');
    await goToStep(page, 5);
    await tap(byText(page, 'button', '拍摄或选择工作照'));
    for (const item of ['姓名', '身份证号', '联系电话', '照片', '视频', '相机', '麦克风', '相册', '剪贴板'])
      expect(page.text()).toContain(item);
    await tap(byText(page, 'button', '同意并继续'));
    expect(answers.map((a) => a.event)).toEqual(['exposureAuthorization', 'agree']);
    expect(answers[1]?.buttonId).toBeTruthy();
    expect(await textOnceShown(page, `第 1 张 · ${PHOTO_SIZE.width}×${PHOTO_SIZE.height}`)).toContain(
      `第 1 张 · ${PHOTO_SIZE.width}×${PHOTO_SIZE.height}`,
    );
    expect(page.text()).not.toContain('同意并继续');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });

  it('拒绝 closes the sheet with a Chinese message, and the person can try again', async () => {
    const s = launch(h, { userId: 'contact-district-mentougou' });
    const answers = gatedChooseMedia(s, answer.cancel('chooseMedia'));
    const page = await s.open('pages/nominate/index');
    await goToStep(page, 5);
    await tap(byText(page, 'button', '拍摄或选择工作照'));
    const before = { text: page.text(), ui: s.wx.ui.length };
    await tap(byText(page, 'button', '拒绝'));
    expect(answers.map((a) => a.event)).toEqual(['exposureAuthorization', 'disagree']);
    expect(page.text()).not.toContain('同意并继续');
    expect(toldSince(s, page, before)).not.toEqual([]);
    await tap(byText(page, 'button', '拍摄或选择工作照'));
    expect(page.text()).toContain('同意并继续');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
