import path from 'node:path';
import { expect } from 'vitest';
import { byText, type PageHandle, tap } from './miniprogram';
import type { Session } from './session';
import { answer } from './strict-wx';

export const PHOTO = path.resolve(__dirname, '../../fixtures/media/image-size_image-size__large.jpg');
export const PHOTO_SIZE = { width: 1600, height: 1200 };

const stepTitle = (page: PageHandle) => /第 (\d) 步 \/ 共 8 步：(\S+?)(距截止|$)/.exec(page.text());

/** The wizard's current step: number and title, as the step bar shows them. */
export function currentStep(page: PageHandle): { step: number; title: string } {
  const match = stepTitle(page);
  if (!match) throw new Error(`no step title on the page: ${page.text().slice(0, 300)}`);
  return { step: Number(match[1]), title: match[2] ?? '' };
}

/** Taps 下一步 until the wizard is on `step` (1-based). */
export async function goToStep(page: PageHandle, step: number): Promise<void> {
  for (let i = 0; i < 8 && currentStep(page).step < step; i++) await tap(byText(page, 'button', '下一步'));
  expect(currentStep(page).step).toBe(step);
}

/** The phone holds the photo fixture at a temp path; getImageInfo reports what WeChat would. */
export function phoneHasPhoto(s: Session, tempPath = 'wxfile://tmp_work_photo.jpg') {
  s.tempFiles.set(tempPath, PHOTO);
  s.wx.script('getImageInfo', ({ src }) =>
    src === tempPath
      ? answer.ok({ width: PHOTO_SIZE.width, height: PHOTO_SIZE.height, type: 'jpeg', orientation: 'up', path: tempPath })
      : answer.fail('getImageInfo', 'file not found'),
  );
  return tempPath;
}

const CJK = /[\u4e00-\u9fff]/;

/** What the person was told after an action: new text on the page, or a toast/modal. */
export function toldSince(s: Session, page: PageHandle, before: { text: string; ui: number }): string[] {
  const shown = s.wx.ui
    .slice(before.ui)
    .filter((u) => u.api === 'showToast' || u.api === 'showModal')
    .map((u) => `${String(u.options.title ?? '')}${String(u.options.content ?? '')}`);
  const added = diff(before.text, page.text());
  return [...shown, added].filter((t) => CJK.test(t));
}

/** The text `after` has that `before` did not (first differing stretch). */
function diff(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return after.slice(start, endA);
}
