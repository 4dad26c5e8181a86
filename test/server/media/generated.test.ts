import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnreadable, type MediaInspection, type MeasuredMedia } from '../../../domain/media/measured';
import { DEFAULT_MEDIA_RULES } from '../../../domain/media/rules';
import { judgeMedia } from '../../../domain/media/verdict';
import { ffmpeg, ffprobeRotationCw, inspectFile } from './support';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-media-'));
const at = (name: string): string => path.join(dir, name);
const codes = (media: MediaInspection): string[] => judgeMedia(media, DEFAULT_MEDIA_RULES).reasons.map((r) => r.code);
const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '40', '-pix_fmt', 'yuv420p'];
const clip = (size: string, seconds: number, rate = 5) => ['-f', 'lavfi', '-i', `testsrc=s=${size}:r=${rate}:d=${seconds}`, ...x264];
const measured = async (name: string): Promise<MeasuredMedia> => {
  const media = await inspectFile(at(name));
  if (isUnreadable(media)) throw new Error(`${name}: ${media.unreadable} ${media.detail}`);
  return media;
};

beforeAll(async () => {
  // A flat picture at 2 fps: 180 and 181 frames are exactly 90.0 s and 90.5 s, and encode in a blink.
  const flat = (seconds: number) => ['-f', 'lavfi', '-i', `color=c=gray:s=1280x720:r=2:d=${seconds}`, ...x264];
  await Promise.all([
    ffmpeg(...flat(90), at('d90.mp4')),
    ffmpeg(...flat(90.5), at('d90_5.mp4')),
    ffmpeg(...clip('1280x720', 1), at('hd720.mp4')),
    ffmpeg(...clip('1920x1080', 2), '-movflags', '+faststart', at('fhd-faststart.mp4')),
    ffmpeg(...clip('1920x1080', 2), at('fhd-moov-end.mp4')),
    ffmpeg(...clip('960x720', 1), at('four-three.mp4')),
    ffmpeg(...clip('720x1280', 1), at('portrait-720.mp4')),
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=s=1280x1024', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', at('png-named.jpg')),
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=s=1024x1024', '-frames:v', '1', at('exact-1mp.jpg')),
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=s=1024x1023', '-frames:v', '1', at('under-1mp.jpg')),
    ffmpeg('-f', 'lavfi', '-i', 'sine=d=1', '-c:a', 'aac', at('sound.m4a')),
  ]);
  // A 90° clockwise display matrix (ffmpeg's "rotate" tag is counter-clockwise).
  await ffmpeg('-i', at('fhd-moov-end.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=270', at('fhd-rot90.mp4'));
  const cut = (from: string, to: string, fraction: number) => {
    const bytes = fs.readFileSync(at(from));
    fs.writeFileSync(at(to), bytes.subarray(0, Math.floor(bytes.length * fraction)));
  };
  cut('fhd-faststart.mp4', 'cut-faststart.mp4', 0.5);
  cut('fhd-moov-end.mp4', 'cut-moov-end.mp4', 0.9);
  cut('exact-1mp.jpg', 'cut.jpg', 0.6);
  fs.writeFileSync(at('notes.txt'), '这不是视频\n');
  fs.writeFileSync(at('empty.mp4'), '');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('videos made with ffmpeg', () => {
  it('accepts exactly 90.0 s and refuses 90.5 s', async () => {
    const ninety = await measured('d90.mp4');
    expect(ninety.durationSec).toBe(90);
    expect(codes(ninety)).toEqual([]);
    const over = await measured('d90_5.mp4');
    expect(over.durationSec).toBe(90.5);
    expect(judgeMedia(over, DEFAULT_MEDIA_RULES).reasons).toEqual([
      { code: 'VIDEO_TOO_LONG', message: '视频时长 90.5 秒，请剪辑到 90 秒以内' },
    ]);
  });

  it('accepts 1280×720 and 1920×1080, with moov first or at the end, reading headers only', async () => {
    expect(codes(await measured('hd720.mp4'))).toEqual([]);
    const first = await inspectFile(at('fhd-faststart.mp4'));
    const last = await inspectFile(at('fhd-moov-end.mp4'));
    expect(first).toMatchObject({ container: 'mp4', codec: 'h264', displayWidth: 1920, displayHeight: 1080, durationSec: 2 });
    expect({ ...last, sizeBytes: 0, bytesRead: 0 }).toEqual({ ...first, sizeBytes: 0, bytesRead: 0 });
    expect(codes(last)).toEqual([]);
    for (const { bytesRead } of [first, last]) expect(bytesRead).toBeLessThan(16 * 1024);
  });

  it('refuses 1920×1080 turned 90° by its display matrix as portrait', async () => {
    const turned = await measured('fhd-rot90.mp4');
    expect(await ffprobeRotationCw(at('fhd-rot90.mp4'))).toBe(90);
    expect(turned).toMatchObject({ width: 1920, height: 1080, rotation: 90, displayWidth: 1080, displayHeight: 1920 });
    expect(codes(turned)).toEqual(['VIDEO_PORTRAIT']);
  });

  it('refuses 4:3 and a 720p portrait recording, each for its own rule', async () => {
    expect(codes(await measured('four-three.mp4'))).toEqual(['VIDEO_NOT_16_9']);
    expect(codes(await measured('portrait-720.mp4'))).toEqual(['VIDEO_PORTRAIT']);
  });

  it('refuses truncated MP4s, whether the cut loses the moov or the mdat', async () => {
    for (const name of ['cut-faststart.mp4', 'cut-moov-end.mp4']) {
      const media = await inspectFile(at(name));
      expect(media).toMatchObject({ unreadable: 'truncated', kind: 'video', container: 'mp4' });
      expect(codes(media)).toEqual(['MEDIA_TRUNCATED']);
    }
  });

  it('says a sound file has no picture, an empty file is empty, and text is no media', async () => {
    expect(codes(await inspectFile(at('sound.m4a')))).toEqual(['MEDIA_NO_VIDEO_TRACK']);
    expect(codes(await inspectFile(at('empty.mp4'), 'video'))).toEqual(['MEDIA_EMPTY']);
    expect(codes(await inspectFile(at('notes.txt'), 'video'))).toEqual(['MEDIA_UNKNOWN_TYPE']);
  });
});

describe('photos made with ffmpeg', () => {
  it('judges a PNG named .jpg by its bytes', async () => {
    const png = await measured('png-named.jpg');
    expect(png).toMatchObject({ kind: 'photo', container: 'png', width: 1280, height: 1024 });
    expect(codes(png)).toEqual(['PHOTO_NOT_JPEG']);
  });

  it('accepts exactly 1,048,576 pixels and refuses 1,024 fewer', async () => {
    expect(codes(await measured('exact-1mp.jpg'))).toEqual([]);
    expect(codes(await measured('under-1mp.jpg'))).toEqual(['PHOTO_TOO_SMALL']);
  });

  it('refuses a JPEG cut short although its header is intact', async () => {
    expect(codes(await inspectFile(at('cut.jpg')))).toEqual(['MEDIA_TRUNCATED']);
  });
});
