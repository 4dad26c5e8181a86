import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { draft } from '../server/support/nominations';
import { byText, tap, textOnceShown } from './support/miniprogram';
import { launch } from './support/session';
import { answer } from './support/strict-wx';
import { goToStep } from './support/wizard';

// The video step and the capture page call WeChat with options and APIs the typings declare, and nothing else.
const VIDEO = path.resolve(__dirname, '../fixtures/media/androidx_media__sample_12_5fps_720p_1s.mp4');
const TEMP = 'wxfile://tmp_album_video.mp4';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await draft(h, 'contact-district-shijingshan');
});
afterAll(() => h.close());

describe('the video step (pages/nominate)', () => {
  it('a video chosen from the album is uploaded, checked by the server and shown', async () => {
    const s = launch(h, { userId: 'contact-district-shijingshan' });
    const size = fs.statSync(VIDEO).size;
    s.tempFiles.set(TEMP, VIDEO);
    s.wx.script('chooseMedia', () =>
      answer.ok({ type: 'video', tempFiles: [{ tempFilePath: TEMP, size, duration: 1.04, width: 1280, height: 720, fileType: 'video' }] }),
    );
    s.wx.script('getVideoInfo', () =>
      answer.ok({ width: 1280, height: 720, orientation: 'up', type: 'mp4', duration: 1.04, size: size / 1024 }),
    );
    const page = await s.open('pages/nominate/index');
    await goToStep(page, 6);
    await tap(byText(page, 'button', '从相册选择视频'));
    expect(page.nodes('video')).toHaveLength(1);
    expect(await textOnceShown(page, '1280×720')).toContain('1280×720');
    expect(s.wx.calls.find((c) => c.api === 'chooseMedia')?.options).toMatchObject({
      mediaType: ['video'],
      sourceType: ['album'],
      sizeType: ['original'],
    });
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});

describe('the capture page (pages/capture)', () => {
  it('records with the camera and hands the recording back, through typed APIs only', async () => {
    const s = launch(h, { userId: 'contact-district-shijingshan' });
    s.tempFiles.set(TEMP, VIDEO);
    s.wx.script('startDeviceMotionListening', () => answer.ok());
    s.wx.script('stopDeviceMotionListening', () => answer.ok());
    s.wx.script('CameraContext.startRecord', () => answer.ok());
    s.wx.script('CameraContext.stopRecord', () => answer.ok({ tempVideoPath: TEMP, tempThumbPath: 'wxfile://tmp_thumb.jpg' }));
    const page = await s.open('pages/capture/index');
    await tap(byText(page, 'button', '录制'));
    expect(page.text()).toContain('录制中');
    await tap(byText(page, 'button', '停止'));
    expect(page.openerEvents).toEqual([
      { name: 'recorded', data: { path: TEMP, name: expect.stringMatching(/^video-\d+\.mp4$/), sizeBytes: fs.statSync(VIDEO).size } },
    ]);
    expect(s.wx.ui.map((u) => u.api)).toContain('navigateBack');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
