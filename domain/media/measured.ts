/** JPEG frame type from its SOF marker; only the first three are decodable by phones and WeChat. */
export type JpegSof = 'baseline' | 'extended' | 'progressive' | 'lossless' | 'hierarchical' | 'arithmetic';

/** What a check read from a file's bytes (server) or from the platform's info calls (app). */
export type MeasuredMedia = {
  kind: 'photo' | 'video';
  /** jpeg | png | webp | heic | avif | gif | bmp | tiff | mp4 | mov | 3gp | webm | mkv | unknown */
  container: string;
  /** Video codec: h264 | hevc | av1 | vp9 | vp8 | vvc | h263 | mpeg4 | mjpeg | prores | <fourcc>. */
  codec?: string;
  /** Stored (coded) size, before rotation. */
  width: number;
  height: number;
  /** Clockwise rotation to apply for display (tkhd matrix for video, EXIF orientation for photos). */
  rotation?: 0 | 90 | 180 | 270;
  mirrored?: boolean;
  /** Size as the viewer sees it: width and height swapped for 90° and 270°. */
  displayWidth: number;
  displayHeight: number;
  /** Absent when the file does not say it reliably (fragmented MP4 without mehd/sidx). */
  durationSec?: number;
  /** Stored width × height (photos). */
  pixels?: number;
  fragmented?: boolean;
  /** File size, when known, for the upload caps. */
  sizeBytes?: number;
  jpeg?: { sof: JpegSof; components: number; exifOrientation?: number };
};

export const UNREADABLE_REASONS = ['empty', 'truncated', 'corrupt', 'unknown-type', 'no-video-track'] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

/** A file the check could not measure; `kind`/`container` are set when the magic bytes told. */
export type UnreadableMedia = {
  unreadable: UnreadableReason;
  /** English detail for logs, never shown to users. */
  detail: string;
  kind?: 'photo' | 'video';
  container?: string;
  sizeBytes?: number;
};

export type MediaInspection = MeasuredMedia | UnreadableMedia;

export function isUnreadable(media: MediaInspection): media is UnreadableMedia {
  return 'unreadable' in media;
}

/** Displayed size after a clockwise rotation. */
export function displaySize(width: number, height: number, rotation: number): { displayWidth: number; displayHeight: number } {
  const swap = rotation === 90 || rotation === 270;
  return { displayWidth: swap ? height : width, displayHeight: swap ? width : height };
}
