import probe from 'probe-image-size';
import { displaySize, type JpegSof, type MeasuredMedia } from '../../domain/media/measured';
import type { ByteSource } from './byte-source';
import { assertJpegComplete } from './jpeg-complete';
import { findJpegLayout } from './jpeg-segments';
import { fail } from './media-error';

const SOF_KINDS: Record<number, JpegSof> = {
  192: 'baseline',
  193: 'extended',
  194: 'progressive',
  195: 'lossless',
  197: 'hierarchical',
  198: 'hierarchical',
  199: 'lossless',
  201: 'arithmetic',
  202: 'arithmetic',
  203: 'lossless',
  205: 'hierarchical',
  206: 'hierarchical',
  207: 'lossless',
};

// EXIF orientation → clockwise rotation and mirroring (1 and invalid values such as 0: none).
const ORIENTATIONS: Record<number, { rotation: 0 | 90 | 180 | 270; mirrored: boolean }> = {
  2: { rotation: 0, mirrored: true },
  3: { rotation: 180, mirrored: false },
  4: { rotation: 180, mirrored: true },
  5: { rotation: 90, mirrored: true },
  6: { rotation: 90, mirrored: false },
  7: { rotation: 270, mirrored: true },
  8: { rotation: 270, mirrored: false },
};

/**
 * JPEG: our walk finds the EXIF and SOF segments wherever they are; probe-image-size parses them
 * (size and EXIF orientation) from SOI + EXIF + SOF; the SOF marker gives the frame type.
 */
export async function inspectJpeg(src: ByteSource): Promise<MeasuredMedia> {
  const layout = await findJpegLayout(src);
  const sof = await src.get(layout.sof.offset, layout.sof.length);
  const exif = layout.exif ? await src.get(layout.exif.offset, layout.exif.length) : new Uint8Array(0);
  const headers = Buffer.concat([Buffer.from([0xff, 0xd8]), exif, sof]);
  const probed = probe.sync(headers);
  if (!probed) fail('corrupt', 'frame header without a usable size');
  await assertJpegComplete(src, layout.xmp);
  const { width, height } = probed;
  const exifOrientation = probed.orientation;
  const { rotation, mirrored } = ORIENTATIONS[exifOrientation ?? 1] ?? { rotation: 0, mirrored: false };
  return {
    kind: 'photo',
    container: 'jpeg',
    width,
    height,
    rotation,
    mirrored,
    ...displaySize(width, height, rotation),
    pixels: width * height,
    sizeBytes: src.size,
    jpeg: { sof: SOF_KINDS[layout.sof.marker] ?? 'baseline', components: sof[9] ?? 0, ...(exifOrientation ? { exifOrientation } : {}) },
  };
}
