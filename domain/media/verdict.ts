import { isUnreadable, type MediaInspection, type MeasuredMedia, type UnreadableReason } from './measured';
import { MEDIA_REASON_MESSAGES, type MediaReasonCode, type ReasonFacts } from './reason-messages';
import type { MediaRules } from './rules';

export type MediaReason = { code: MediaReasonCode; message: string };
export type MediaVerdict = { ok: boolean; reasons: MediaReason[] };
export type MediaKind = 'photo' | 'video';

const UNREADABLE_CODES: Record<UnreadableReason, MediaReasonCode> = {
  empty: 'MEDIA_EMPTY',
  truncated: 'MEDIA_TRUNCATED',
  corrupt: 'MEDIA_CORRUPT',
  'unknown-type': 'MEDIA_UNKNOWN_TYPE',
  'no-video-track': 'MEDIA_NO_VIDEO_TRACK',
};

// Rejected JPEG frame types: phones, WeChat and browsers cannot decode them.
const UNDECODABLE_SOF: Partial<Record<string, MediaReasonCode>> = {
  lossless: 'PHOTO_LOSSLESS',
  hierarchical: 'PHOTO_JPEG_UNSUPPORTED',
  arithmetic: 'PHOTO_JPEG_UNSUPPORTED',
};

/**
 * Judges one measured file against the rules and returns every rule it breaks, each with a
 * Chinese message that says what to do. Used by the app's pre-check and by the server check.
 * `expected` is the slot the file was given for (photo or video), when known.
 */
export function judgeMedia(media: MediaInspection, rules: MediaRules, expected?: MediaKind): MediaVerdict {
  const facts: ReasonFacts = { media: isUnreadable(media) ? { ...media } : media, rules, expected };
  const codes = failedRules(media, rules, expected);
  return { ok: codes.length === 0, reasons: codes.map((code) => ({ code, message: MEDIA_REASON_MESSAGES[code](facts) })) };
}

function failedRules(media: MediaInspection, rules: MediaRules, expected?: MediaKind): MediaReasonCode[] {
  const kind = media.kind;
  if (expected && kind && kind !== expected) return ['MEDIA_WRONG_KIND'];
  if (isUnreadable(media)) return [UNREADABLE_CODES[media.unreadable]];
  const cap = kind === 'video' ? rules.upload.videoMaxBytes : rules.upload.photoMaxBytes;
  const tooBig: MediaReasonCode[] = media.sizeBytes !== undefined && media.sizeBytes > cap ? ['MEDIA_FILE_TOO_BIG'] : [];
  const formats: readonly string[] = kind === 'video' ? rules.video.formats : rules.photos.formats;
  const known: Facts = {
    format: formats.includes(media.container),
    size: media.displayWidth > 0 && media.displayHeight > 0,
  };
  // An accepted format whose size cannot be read is broken; a refused one only needs its format fixed.
  if (known.format && !known.size) return [...tooBig, 'MEDIA_CORRUPT'];
  return [...tooBig, ...(kind === 'photo' ? photoRules(media, rules, known) : videoRules(media, rules, known))];
}

/** Which facts are known well enough to judge: a refused format is not also told "size unknown". */
type Facts = { format: boolean; size: boolean };

function photoRules(photo: MeasuredMedia, rules: MediaRules, known: Facts): MediaReasonCode[] {
  const failed: MediaReasonCode[] = [];
  const { minPixels, maxPixels } = rules.photos;
  const pixels = photo.pixels ?? photo.width * photo.height;
  if (!known.format) failed.push('PHOTO_NOT_JPEG');
  if (known.size && pixels < minPixels) failed.push('PHOTO_TOO_SMALL');
  if (known.size && maxPixels !== undefined && pixels > maxPixels) failed.push('PHOTO_TOO_LARGE');
  if (photo.jpeg?.components === 4) failed.push('PHOTO_CMYK');
  const sofCode = photo.jpeg ? UNDECODABLE_SOF[photo.jpeg.sof] : undefined;
  if (sofCode) failed.push(sofCode);
  return failed;
}

function videoRules(video: MeasuredMedia, rules: MediaRules, known: Facts): MediaReasonCode[] {
  const failed: MediaReasonCode[] = [];
  const { codecs, maxDurationSec, minShortSide, aspect } = rules.video;
  const { displayWidth: w, displayHeight: h, durationSec } = video;
  if (!known.format) failed.push('VIDEO_NOT_MP4');
  if (codecs && video.codec !== undefined && !codecs.includes(video.codec)) failed.push('VIDEO_CODEC_UNSUPPORTED');
  const hasDuration = durationSec !== undefined && Number.isFinite(durationSec) && durationSec > 0;
  // A fragmented file's header can say 0 s: unknown is never "≤ 90".
  if (!hasDuration && known.format) failed.push('VIDEO_DURATION_UNKNOWN');
  // Judged at the 0.1 s the user is shown, so a 90 s recording whose audio runs 40 ms longer passes.
  if (hasDuration && Math.round(durationSec * 10) / 10 > maxDurationSec) failed.push('VIDEO_TOO_LONG');
  if (!known.size) return failed;
  if (h > w) failed.push('VIDEO_PORTRAIT');
  // Orientation-free ratio: a 9:16 portrait video is told to turn, not also that it is not 16:9.
  const ratio = Math.max(w, h) / Math.min(w, h);
  const wanted = Math.max(aspect.width, aspect.height) / Math.min(aspect.width, aspect.height);
  if (Math.abs(ratio / wanted - 1) > aspect.tolerance) failed.push('VIDEO_NOT_16_9');
  if (Math.min(w, h) < minShortSide) failed.push('VIDEO_BELOW_720P');
  return failed;
}
