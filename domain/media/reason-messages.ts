import { groupDigits, megabytes, oneDecimal, pixelCountText, ratioText } from './format';
import type { MeasuredMedia } from './measured';
import type { MediaRules } from './rules';

export const MEDIA_REASON_CODES = [
  'MEDIA_EMPTY',
  'MEDIA_TRUNCATED',
  'MEDIA_CORRUPT',
  'MEDIA_UNKNOWN_TYPE',
  'MEDIA_NO_VIDEO_TRACK',
  'MEDIA_WRONG_KIND',
  'MEDIA_FILE_TOO_BIG',
  'PHOTO_NOT_JPEG',
  'PHOTO_TOO_SMALL',
  'PHOTO_TOO_LARGE',
  'PHOTO_CMYK',
  'PHOTO_LOSSLESS',
  'PHOTO_JPEG_UNSUPPORTED',
  'VIDEO_NOT_MP4',
  'VIDEO_CODEC_UNSUPPORTED',
  'VIDEO_TOO_LONG',
  'VIDEO_DURATION_UNKNOWN',
  'VIDEO_PORTRAIT',
  'VIDEO_NOT_16_9',
  'VIDEO_BELOW_720P',
] as const;

export type MediaReasonCode = (typeof MEDIA_REASON_CODES)[number];

/** What a message may quote: the measured facts (partial for unreadable files) and the rules. */
export type ReasonFacts = {
  media: Partial<MeasuredMedia>;
  rules: MediaRules;
  expected?: 'photo' | 'video';
};

const CONTAINER_NAMES: Record<string, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  heic: 'HEIC',
  avif: 'AVIF',
  gif: 'GIF',
  bmp: 'BMP',
  tiff: 'TIFF',
  mp4: 'MP4',
  mov: 'QuickTime（MOV）',
  '3gp': '3GP',
  webm: 'WebM',
  mkv: 'MKV',
  avi: 'AVI',
};

const CODEC_NAMES: Record<string, string> = {
  h264: 'H.264',
  hevc: 'HEVC（H.265）',
  av1: 'AV1',
  vp9: 'VP9',
  vp8: 'VP8',
  vvc: 'VVC（H.266）',
  h263: 'H.263',
  mpeg4: 'MPEG-4',
  mjpeg: 'Motion JPEG',
  prores: 'ProRes',
};

const containerName = (f: ReasonFacts): string =>
  CONTAINER_NAMES[f.media.container ?? ''] ?? (f.media.container ? f.media.container.toUpperCase() : '未知');
const codecName = (f: ReasonFacts): string => CODEC_NAMES[f.media.codec ?? ''] ?? String(f.media.codec);
const shownSize = (f: ReasonFacts): string => `${f.media.displayWidth ?? 0}×${f.media.displayHeight ?? 0}`;
const storedSize = (f: ReasonFacts): string => `${f.media.width ?? 0}×${f.media.height ?? 0}`;
// "1024K（1,048,576）" as the notice words it, when the rule is a whole number of K.
const minPixelsText = (n: number): string => (n % 1024 === 0 ? `${n / 1024}K（${groupDigits(n)}）` : groupDigits(n));
const isVideo = (f: ReasonFacts): boolean => (f.media.kind ?? f.expected) === 'video';

/** Chinese text for each reason code: what is wrong, with the file's own figures, and what to do. */
export const MEDIA_REASON_MESSAGES: Record<MediaReasonCode, (f: ReasonFacts) => string> = {
  MEDIA_EMPTY: () => '文件是空的（0 字节），请重新选择文件上传',
  MEDIA_TRUNCATED: (f) =>
    isVideo(f) ? '视频文件不完整（录制或上传可能中断），请重新录制或重新上传' : '文件不完整（上传可能中断或文件已损坏），请重新上传原文件',
  MEDIA_CORRUPT: () => '文件已损坏，无法读取，请重新拍摄或重新导出后上传',
  MEDIA_UNKNOWN_TYPE: () => '无法识别的文件类型：照片请上传 JPEG（.jpg），视频请上传 MP4',
  MEDIA_NO_VIDEO_TRACK: () => '文件里没有视频画面（可能是音频文件），请上传 MP4 视频',
  MEDIA_WRONG_KIND: (f) => (f.expected === 'video' ? '这是一张图片，请在“视频”处上传视频' : '这是一个视频，请在“照片”处上传照片'),
  MEDIA_FILE_TOO_BIG: (f) => {
    const max = isVideo(f) ? f.rules.upload.videoMaxBytes : f.rules.upload.photoMaxBytes;
    return `文件有 ${megabytes(f.media.sizeBytes ?? 0)}，超过 ${megabytes(max)} 的上限，请压缩后上传`;
  },
  PHOTO_NOT_JPEG: (f) => `照片为 ${containerName(f)} 格式，需要 JPEG（.jpg）格式，请转换为 JPEG 后上传`,
  PHOTO_TOO_SMALL: (f) =>
    `照片只有 ${pixelCountText(f.media.pixels ?? 0)}（${storedSize(f)}），需要至少 ${minPixelsText(f.rules.photos.minPixels)}像素，请上传原图或用更高分辨率拍摄`,
  PHOTO_TOO_LARGE: (f) =>
    `照片有 ${pixelCountText(f.media.pixels ?? 0)}（${storedSize(f)}），超过 ${pixelCountText(f.rules.photos.maxPixels ?? 0)}的上限，手机上无法打开，请缩小后上传`,
  PHOTO_CMYK: () => '照片为 CMYK 印刷色彩模式，手机和微信中颜色会显示错误，请另存为普通（RGB）JPEG 后上传',
  PHOTO_LOSSLESS: () => '照片为无损 JPEG，手机和微信无法显示，请另存为普通 JPEG 后上传',
  PHOTO_JPEG_UNSUPPORTED: () => '照片使用了少见的 JPEG 编码方式（算术编码或分层编码），手机和微信无法显示，请另存为普通 JPEG 后上传',
  VIDEO_NOT_MP4: (f) => `视频为 ${containerName(f)} 格式，需要 MP4 格式，请在相册或剪辑软件中导出为 MP4，或在本小程序中直接录制`,
  VIDEO_CODEC_UNSUPPORTED: (f) => `视频编码为 ${codecName(f)}，微信中可能无法播放，请导出为 H.264 编码的 MP4（多数剪辑软件的默认设置）`,
  VIDEO_TOO_LONG: (f) => `视频时长 ${oneDecimal(f.media.durationSec ?? 0)} 秒，请剪辑到 ${oneDecimal(f.rules.video.maxDurationSec)} 秒以内`,
  VIDEO_DURATION_UNKNOWN: () => '无法读出视频时长（文件为分段式 MP4 或时长记录为 0），请用相册或剪辑软件重新导出为普通 MP4 后上传',
  VIDEO_PORTRAIT: (f) => `视频为竖屏（显示为 ${shownSize(f)}），请横屏拍摄`,
  VIDEO_NOT_16_9: (f) => {
    const { width, height } = f.rules.video.aspect;
    const ratio = ratioText(f.media.displayWidth ?? 0, f.media.displayHeight ?? 1);
    return `视频画面比例为 ${ratio}（显示为 ${shownSize(f)}），需要 ${width}:${height}，请用 ${width}:${height} 画幅拍摄或导出`;
  },
  VIDEO_BELOW_720P: (f) =>
    `视频分辨率为 ${shownSize(f)}，低于高清（短边至少 ${f.rules.video.minShortSide} 像素，即 720P），请用 720P 或更高清晰度拍摄`,
};
