import { afterAll, describe, expect, it } from 'vitest';
import type { JpegSof, MediaInspection, MeasuredMedia } from '../../../domain/media/measured';
import { MEDIA_REASON_CODES, type MediaReasonCode } from '../../../domain/media/reason-messages';
import { DEFAULT_MEDIA_RULES as RULES, mediaRulesSchema } from '../../../domain/media/rules';
import { judgeMedia, type MediaKind } from '../../../domain/media/verdict';

const video: MeasuredMedia = {
  kind: 'video',
  container: 'mp4',
  codec: 'h264',
  width: 1920,
  height: 1080,
  rotation: 0,
  displayWidth: 1920,
  displayHeight: 1080,
  durationSec: 60,
  sizeBytes: 50_000_000,
};
const photo: MeasuredMedia = {
  kind: 'photo',
  container: 'jpeg',
  width: 4032,
  height: 3024,
  displayWidth: 4032,
  displayHeight: 3024,
  pixels: 4032 * 3024,
  sizeBytes: 3_000_000,
  jpeg: { sof: 'baseline', components: 3, exifOrientation: 1 },
};
const jpeg = (sof: JpegSof, components: number) => ({ sof, components });
const seen = new Set<MediaReasonCode>();

function codes(media: MediaInspection, expected?: MediaKind): MediaReasonCode[] {
  const verdict = judgeMedia(media, RULES, expected);
  for (const reason of verdict.reasons) {
    seen.add(reason.code);
    expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(verdict.ok).toBe(verdict.reasons.length === 0);
  return verdict.reasons.map((r) => r.code);
}
const message = (media: MediaInspection, code: MediaReasonCode): string =>
  judgeMedia(media, RULES).reasons.find((r) => r.code === code)?.message ?? '';

describe('judgeMedia: photos', () => {
  it('passes a 12 MP JPEG and a photo of exactly 1,048,576 px', () => {
    expect(codes(photo)).toEqual([]);
    expect(codes({ ...photo, width: 1024, height: 1024, displayWidth: 1024, displayHeight: 1024, pixels: 1_048_576 })).toEqual([]);
  });
  it('refuses one pixel less, quoting the count and the rule', () => {
    const small = { ...photo, width: 1020, height: 768, displayWidth: 1020, displayHeight: 768, pixels: 783_360 };
    expect(codes(small)).toEqual(['PHOTO_TOO_SMALL']);
    expect(message(small, 'PHOTO_TOO_SMALL')).toBe(
      '照片只有 78 万像素（1020×768），需要至少 1024K（1,048,576）像素，请上传原图或用更高分辨率拍摄',
    );
    expect(codes({ ...photo, width: 1024, height: 1023, pixels: 1024 * 1023 })).toEqual(['PHOTO_TOO_SMALL']);
  });
  it('refuses a decompression bomb above the pixel cap', () => {
    const giant = { ...photo, width: 20000, height: 14000, displayWidth: 20000, displayHeight: 14000, pixels: 280_000_000 };
    expect(codes(giant)).toEqual(['PHOTO_TOO_LARGE']);
    expect(message(giant, 'PHOTO_TOO_LARGE')).toContain('2.8 亿像素');
  });
  it('refuses PNG, CMYK, lossless and arithmetic-coded JPEGs', () => {
    expect(codes({ ...photo, container: 'png', jpeg: undefined })).toEqual(['PHOTO_NOT_JPEG']);
    expect(message({ ...photo, container: 'heic' }, 'PHOTO_NOT_JPEG')).toContain('HEIC');
    expect(codes({ ...photo, jpeg: jpeg('baseline', 4) })).toEqual(['PHOTO_CMYK']);
    expect(codes({ ...photo, jpeg: jpeg('lossless', 3) })).toEqual(['PHOTO_LOSSLESS']);
    expect(codes({ ...photo, jpeg: jpeg('arithmetic', 3) })).toEqual(['PHOTO_JPEG_UNSUPPORTED']);
    expect(codes({ ...photo, jpeg: jpeg('progressive', 1) })).toEqual([]);
  });
  it('lists every failure at once', () => {
    const bad = {
      ...photo,
      pixels: 500,
      width: 25,
      height: 20,
      sizeBytes: 30 * 1024 * 1024,
      jpeg: jpeg('lossless', 4),
    };
    expect(codes(bad)).toEqual(['MEDIA_FILE_TOO_BIG', 'PHOTO_TOO_SMALL', 'PHOTO_CMYK', 'PHOTO_LOSSLESS']);
  });
});

describe('judgeMedia: videos', () => {
  it('passes 1080p and 720p landscape, exactly 90 s, and 180° rotation', () => {
    expect(codes(video)).toEqual([]);
    expect(codes({ ...video, width: 1280, height: 720, displayWidth: 1280, displayHeight: 720, durationSec: 90 })).toEqual([]);
    expect(codes({ ...video, rotation: 180 as const, durationSec: 90.04 })).toEqual([]);
    expect(codes({ ...video, displayHeight: 1088 })).toEqual([]);
  });
  it('refuses 90.05 s and beyond with the duration shown', () => {
    expect(codes({ ...video, durationSec: 90.05 })).toEqual(['VIDEO_TOO_LONG']);
    expect(message({ ...video, durationSec: 95.24 }, 'VIDEO_TOO_LONG')).toBe('视频时长 95.2 秒，请剪辑到 90 秒以内');
  });
  it('never passes an unknown or zero duration', () => {
    expect(codes({ ...video, durationSec: 0, fragmented: true })).toEqual(['VIDEO_DURATION_UNKNOWN']);
    expect(codes({ ...video, durationSec: undefined })).toEqual(['VIDEO_DURATION_UNKNOWN']);
    expect(codes({ ...video, durationSec: Number.NaN })).toEqual(['VIDEO_DURATION_UNKNOWN']);
  });
  it('judges the displayed size: 1920×1080 turned 90° is portrait', () => {
    const turned = { ...video, rotation: 90 as const, displayWidth: 1080, displayHeight: 1920 };
    expect(codes(turned)).toEqual(['VIDEO_PORTRAIT']);
    expect(message(turned, 'VIDEO_PORTRAIT')).toBe('视频为竖屏（显示为 1080×1920），请横屏拍摄');
  });
  it('refuses 4:3, square and below 720p, naming the ratio', () => {
    const fourThree = { ...video, width: 1440, height: 1080, displayWidth: 1440, displayHeight: 1080 };
    expect(codes(fourThree)).toEqual(['VIDEO_NOT_16_9']);
    expect(message(fourThree, 'VIDEO_NOT_16_9')).toContain('4:3（显示为 1440×1080）');
    expect(codes({ ...video, displayWidth: 1080, displayHeight: 1080 })).toEqual(['VIDEO_NOT_16_9']);
    expect(codes({ ...video, displayWidth: 854, displayHeight: 480 })).toEqual(['VIDEO_BELOW_720P']);
    expect(codes({ ...video, displayWidth: 1920, displayHeight: 1200 })).toEqual(['VIDEO_NOT_16_9']);
  });
  it('refuses MOV, WebM and unplayable codecs', () => {
    expect(codes({ ...video, container: 'mov' })).toEqual(['VIDEO_NOT_MP4']);
    expect(message({ ...video, container: 'mov' }, 'VIDEO_NOT_MP4')).toContain('QuickTime（MOV）');
    expect(codes({ ...video, container: 'webm', codec: 'vp9' })).toEqual(['VIDEO_NOT_MP4', 'VIDEO_CODEC_UNSUPPORTED']);
    expect(codes({ ...video, codec: 'hevc' })).toEqual([]);
    expect(codes({ ...video, codec: 'av1' })).toEqual(['VIDEO_CODEC_UNSUPPORTED']);
  });
  it('lists every failure of a 95 s portrait 3:4 480p MOV over the size cap', () => {
    const bad = {
      ...video,
      container: 'mov',
      durationSec: 95.2,
      displayWidth: 480,
      displayHeight: 640,
      sizeBytes: 600 * 1024 * 1024,
    };
    expect(codes(bad)).toEqual([
      'MEDIA_FILE_TOO_BIG',
      'VIDEO_NOT_MP4',
      'VIDEO_TOO_LONG',
      'VIDEO_PORTRAIT',
      'VIDEO_NOT_16_9',
      'VIDEO_BELOW_720P',
    ]);
  });
});

describe('judgeMedia: unreadable and misplaced files', () => {
  it('maps each unreadable outcome to its code', () => {
    expect(codes({ unreadable: 'empty', detail: '' })).toEqual(['MEDIA_EMPTY']);
    expect(codes({ unreadable: 'truncated', detail: 'mdat past end', kind: 'video', container: 'mp4' })).toEqual(['MEDIA_TRUNCATED']);
    expect(codes({ unreadable: 'corrupt', detail: 'box size 3' })).toEqual(['MEDIA_CORRUPT']);
    expect(codes({ unreadable: 'unknown-type', detail: 'text' })).toEqual(['MEDIA_UNKNOWN_TYPE']);
    expect(codes({ unreadable: 'no-video-track', detail: 'audio only', kind: 'video' })).toEqual(['MEDIA_NO_VIDEO_TRACK']);
  });
  it('refuses a video in the photo slot and a photo in the video slot', () => {
    expect(codes(video, 'photo')).toEqual(['MEDIA_WRONG_KIND']);
    expect(codes(photo, 'video')).toEqual(['MEDIA_WRONG_KIND']);
    expect(judgeMedia(photo, RULES, 'video').reasons[0]?.message).toContain('请在“视频”处上传视频');
    expect(codes(video, 'video')).toEqual([]);
  });
  it('treats an MP4 or JPEG without a size as corrupt', () => {
    expect(codes({ ...video, displayWidth: 0, displayHeight: 0 })).toEqual(['MEDIA_CORRUPT']);
    expect(codes({ ...photo, displayWidth: 0, displayHeight: 0 })).toEqual(['MEDIA_CORRUPT']);
  });
  it('tells a WebM of unknown size and duration only to convert it', () => {
    const webm = { kind: 'video' as const, container: 'webm', width: 0, height: 0, displayWidth: 0, displayHeight: 0 };
    expect(codes(webm)).toEqual(['VIDEO_NOT_MP4']);
    expect(
      codes({ ...photo, container: 'webp', width: 0, height: 0, displayWidth: 0, displayHeight: 0, pixels: 0, jpeg: undefined }),
    ).toEqual(['PHOTO_NOT_JPEG']);
  });
});

describe('rules', () => {
  it('the defaults satisfy the schema and say what the notice says', () => {
    expect(mediaRulesSchema.parse(RULES)).toEqual(RULES);
    expect(RULES.photos).toMatchObject({ min: 2, max: 3, minPixels: 1_048_576 });
    expect(RULES.video).toMatchObject({ maxDurationSec: 90, minShortSide: 720, orientation: 'landscape' });
  });
});

afterAll(() => {
  // Every reason code is produced by at least one case above.
  expect([...seen].sort()).toEqual([...MEDIA_REASON_CODES].sort());
});
