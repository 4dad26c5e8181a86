import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnreadable } from '../../../domain/media/measured';
import { DEFAULT_MEDIA_RULES } from '../../../domain/media/rules';
import { judgeMedia } from '../../../domain/media/verdict';
import { FIXTURE_VERDICTS } from './fixture-verdicts';
import { fixturesDir, inspectFile, type ManifestRow, readManifest } from './support';

const rows = readManifest();
const shortName = (row: ManifestRow): string => row.file?.replace(/^.+?__/, '') ?? '';
const num = (cell: string | undefined): number => Number(cell);
const SOF_NAMES: Record<string, string> = { SOF0: 'baseline', SOF2: 'progressive', SOF3: 'lossless' };
// Slack over the oracle's floor (ftyp + moov + skipped headers): the 4 KB head and read-ahead.
const READ_SLACK = 16 * 1024;

describe('every fixture through the server check, against MANIFEST.tsv', () => {
  it('has a verdict for each fixture and no other', () => {
    expect(rows.length).toBe(71);
    expect(Object.keys(FIXTURE_VERDICTS).sort()).toEqual(rows.map(shortName).sort());
  });

  it.each(rows.map((row) => [shortName(row), row] as const))('%s', async (_name, row) => {
    const media = await inspectFile(path.join(fixturesDir, row.file ?? ''));
    const { bytesRead } = media;
    const codes = judgeMedia(media, DEFAULT_MEDIA_RULES).reasons.map((r) => r.code);
    expect(codes).toEqual(FIXTURE_VERDICTS[shortName(row)]);
    expect(bytesRead).toBeLessThanOrEqual(num(row.size_bytes));
    if (isUnreadable(media)) return;
    expect(media.kind).toBe(row.kind === 'image' ? 'photo' : 'video');
    const sized = media.displayWidth > 0; // WebM, and WebP/AVIF whose head lacks a size, are refused unmeasured
    if (row.kind === 'video' && sized) {
      expect([media.width, media.height]).toEqual([num(row.width), num(row.height)]);
      expect([media.displayWidth, media.displayHeight]).toEqual([num(row.disp_w), num(row.disp_h)]);
      expect(media.rotation).toBe(num(row.rotation_cw));
      expect(media.mirrored).toBe(row.mirrored === 'yes');
      if (row.codec) expect(media.codec).toBe(row.codec);
      expect(media.fragmented).toBe(row.fragmented === 'yes');
      if (row.fragmented === 'yes') {
        // Header durations of fragmented files are 0 or partial: unknown, or the real length (sidx).
        if (media.durationSec !== undefined) expect(media.durationSec).toBeCloseTo(num(row.packet_duration_s), 1);
      } else {
        expect(Math.abs((media.durationSec ?? Number.NaN) - num(row.duration_s))).toBeLessThanOrEqual(0.05);
        expect(bytesRead).toBeLessThanOrEqual(Math.max(4100, num(row.min_walk_bytes)) + READ_SLACK);
      }
    }
    if (row.kind === 'image' && sized) {
      expect([media.displayWidth, media.displayHeight]).toEqual([num(row.img_disp_w), num(row.img_disp_h)]);
      expect(media.pixels).toBe(num(row.pixels));
    }
    if (media.container === 'jpeg') {
      expect(media.jpeg?.sof).toBe(SOF_NAMES[row.jpeg_sof ?? '']);
      expect(media.jpeg?.components).toBe(num(row.jpeg_components));
      const orientation = num(row.exif_orientation);
      expect(media.jpeg?.exifOrientation).toBe(orientation >= 1 && orientation <= 8 ? orientation : undefined);
      expect(bytesRead).toBeLessThanOrEqual(128 * 1024);
    }
  });
});
