import { z } from 'zod';

const MIB = 1024 * 1024;
/** No campaign may allow more: the local runtime holds an upload in memory before it stores it. */
export const UPLOAD_CEILING_BYTES = 2048 * MIB;
/** Far past any camera (a 200 MP phone photo has 2·10⁸): bounds the rules, not the photos. */
const PIXELS_CEILING = 2_000_000_000;

/** Media rules of the notice (2–3 JPEG photos ≥ 1024K px; one MP4 ≤ 90 s, ≥ 720p, landscape 16:9 as displayed). */
export const mediaRulesSchema = z.object({
  photos: z.object({
    min: z.number().int().min(0).max(20),
    max: z.number().int().min(1).max(20),
    formats: z.array(z.enum(['jpeg'])).min(1),
    /** Stored width × height; EXIF orientation does not change the count. */
    minPixels: z.number().int().positive().max(PIXELS_CEILING),
    /** Optional decompression-bomb cap; absent = no upper limit. */
    maxPixels: z.number().int().positive().max(PIXELS_CEILING).optional(),
  }),
  video: z.object({
    count: z.number().int().min(1).max(5),
    formats: z.array(z.enum(['mp4'])).min(1),
    maxDurationSec: z.number().positive().max(3600),
    /** Applies to the displayed size (after the rotation matrix). */
    minShortSide: z.number().int().positive().max(16_384),
    aspect: z.object({
      width: z.number().positive().max(100),
      height: z.number().positive().max(100),
      /** Relative: |displayed ratio / wanted ratio − 1| ≤ tolerance. */
      tolerance: z.number().min(0).max(0.5),
    }),
    orientation: z.enum(['landscape']),
    /** Optional: codecs reviewers' phones can play; absent = any codec. */
    codecs: z.array(z.string().max(20)).min(1).max(20).optional(),
  }),
  upload: z.object({
    photoMaxBytes: z.number().int().positive().max(UPLOAD_CEILING_BYTES),
    videoMaxBytes: z.number().int().positive().max(UPLOAD_CEILING_BYTES),
  }),
});

export type MediaRules = z.infer<typeof mediaRulesSchema>;

/**
 * Defaults from the 2023 notice. Aspect tolerance 0.02 relative: 1920×1088 (a common encoder
 * size, 0.7 % off) passes, 16:10 (10 % off) and 4:3 (25 % off) do not.
 * maxPixels = libvips/sharp's default limitInputPixels (16383²): beyond it thumbnailers refuse
 * the file and phones cannot open it, while a 200 MP phone photo (16320×12240) still passes.
 * codecs: H.264 plays everywhere; HEVC is what iPhones and most Android phones record and
 * WeChat plays; AV1/VP9/VVC/H.263/MJPEG in MP4 do not play reliably in WeChat.
 */
export const DEFAULT_MEDIA_RULES: MediaRules = {
  photos: { min: 2, max: 3, formats: ['jpeg'], minPixels: 1_048_576, maxPixels: 268_402_689 },
  video: {
    count: 1,
    formats: ['mp4'],
    maxDurationSec: 90,
    minShortSide: 720,
    aspect: { width: 16, height: 9, tolerance: 0.02 },
    orientation: 'landscape',
    codecs: ['h264', 'hevc'],
  },
  upload: { photoMaxBytes: 20 * MIB, videoMaxBytes: 500 * MIB },
};
