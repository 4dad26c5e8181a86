import { describe, expect, it } from 'vitest';
import type { MeasuredMedia } from '../../domain/media/measured';
import { DEFAULT_MEDIA_RULES } from '../../domain/media/rules';
import type { MediaDevice, PickedFile } from '../../src/features/media/media-device';
import { precheck } from '../../src/features/media/precheck';

const file = (name: string, sizeBytes = 1000): PickedFile => ({ path: name, name, sizeBytes });

/** A phone whose measurements are scripted per file name. */
function fakeDevice(measures: Record<string, MeasuredMedia>): MediaDevice & { compressed: number } {
  const device = {
    compressed: 0,
    choosePhotos: async () => [],
    chooseVideo: async () => null,
    recordVideo: async () => null,
    measure: async (f: PickedFile) => measures[f.name],
    toJpeg: async (f: PickedFile) => file(`${f.name}.jpg`),
    compressVideo: async (f: PickedFile) => {
      device.compressed++;
      return file(`${f.name}.small`, 80 * 1024 * 1024);
    },
    upload: () => ({ done: Promise.resolve(''), cancel: () => undefined }),
  };
  return device;
}

const photo = (w: number, h: number, container = 'jpeg'): MeasuredMedia => ({
  kind: 'photo',
  container,
  width: w,
  height: h,
  displayWidth: w,
  displayHeight: h,
  pixels: w * h,
});
const video = (w: number, h: number, sizeBytes: number): MeasuredMedia => ({
  kind: 'video',
  container: 'mp4',
  codec: 'h264',
  width: w,
  height: h,
  displayWidth: w,
  displayHeight: h,
  durationSec: 60,
  sizeBytes,
});

describe('media pre-check on the phone', () => {
  it('converts a PNG to a full-resolution JPEG instead of refusing it', async () => {
    const device = fakeDevice({ 'a.png': photo(1920, 1080, 'png'), 'a.png.jpg': photo(1920, 1080) });
    const result = await precheck(file('a.png'), 'photo', DEFAULT_MEDIA_RULES, device);
    expect(result.converted).toBe(true);
    expect(result.verdict.ok).toBe(true);
    expect(result.notes[0]).toContain('PNG');
  });

  it('refuses a photo under 1024K pixels with the reason, before upload', async () => {
    const result = await precheck(file('small.jpg'), 'photo', DEFAULT_MEDIA_RULES, fakeDevice({ 'small.jpg': photo(1020, 768) }));
    expect(result.verdict.ok).toBe(false);
    expect(result.verdict.reasons[0].code).toBe('PHOTO_TOO_SMALL');
  });

  it('warns, without refusing, about a photo that looks like an ID photo', async () => {
    const result = await precheck(file('id.jpg'), 'photo', DEFAULT_MEDIA_RULES, fakeDevice({ 'id.jpg': photo(900, 1300) }));
    expect(result.verdict.ok).toBe(true);
    expect(result.notes.join()).toContain('证件照');
  });

  it('compresses a large 1080p video and says the sizes; a portrait one is refused, never compressed', async () => {
    const device = fakeDevice({
      'big.mp4': video(1920, 1080, 400 * 1024 * 1024),
      'big.mp4.small': video(1280, 720, 80 * 1024 * 1024),
      'tall.mp4': video(1080, 1920, 400 * 1024 * 1024),
    });
    const big = await precheck(file('big.mp4'), 'video', DEFAULT_MEDIA_RULES, device);
    expect(big.verdict.ok).toBe(true);
    expect(big.notes[0]).toMatch(/400 MB → 80 MB/);
    const tall = await precheck(file('tall.mp4'), 'video', DEFAULT_MEDIA_RULES, device);
    expect(tall.verdict.reasons.map((r) => r.code)).toContain('VIDEO_PORTRAIT');
    expect(device.compressed).toBe(1);
  });
});
