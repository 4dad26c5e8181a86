import { ascii, u16 } from './binary';
import type { ByteSource } from './byte-source';
import { fail } from './media-error';

/** A marker segment: file offset of its 0xFF and its whole length (marker and length field included). */
export type Segment = { marker: number; offset: number; length: number };
export type JpegLayout = { sof: Segment; exif?: Segment; xmp?: Segment };

const READ_AHEAD = 4096;
const MAX_SEGMENTS = 10_000;
const XMP_SIGNATURE = 'http://ns.adobe.com/xap/1.0/\0';

// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
export const isSof = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Walks the marker segments up to the frame header by their 4-byte headers only, so a 594 KB ICC
 * profile before the SOF costs a few small reads, not 594 KB. Notes where EXIF and XMP are.
 */
export async function findJpegLayout(src: ByteSource): Promise<JpegLayout> {
  let at = 2;
  let exif: Segment | undefined;
  let xmp: Segment | undefined;
  for (let n = 0; n < MAX_SEGMENTS; n++) {
    const head = await src.get(at, 4, READ_AHEAD);
    if (head.length < 4) fail('truncated', `file ends at ${src.size} before the frame header`);
    if (head[0] !== 0xff) fail('corrupt', `no marker at ${at}`);
    const marker = head[1] as number;
    if (marker === 0xff)
      at += 1; // fill byte before a marker
    else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7))
      at += 2; // markers without a length
    else if (marker === 0xd8 || marker === 0xd9 || marker === 0xda)
      fail('corrupt', `marker ${marker.toString(16)} before any frame header`);
    else {
      const segment: Segment = { marker, offset: at, length: 2 + u16(head, 2) };
      if (segment.length < 4) fail('corrupt', `segment ${marker.toString(16)} at ${at} with length ${segment.length - 2}`);
      if (at + segment.length > src.size) fail('truncated', `segment ${marker.toString(16)} at ${at} runs past the end of the file`);
      if (isSof(marker)) return { sof: segment, exif, xmp };
      if (marker === 0xe1) {
        const signature = ascii(await src.get(at + 4, 29), 0, Math.min(29, segment.length - 4));
        if (!exif && signature.startsWith('Exif\0')) exif = segment;
        if (!xmp && signature === XMP_SIGNATURE) xmp = segment;
      }
      at += segment.length;
    }
  }
  return fail('corrupt', `more than ${MAX_SEGMENTS} segments before the frame header`);
}
