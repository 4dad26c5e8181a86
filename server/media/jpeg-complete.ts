import { ascii } from './binary';
import type { ByteSource } from './byte-source';
import type { Segment } from './jpeg-segments';
import { fail } from './media-error';

const XMP_HEADER = 29; // marker, length and the XMP namespace signature

/**
 * A header-only reader sees a cut-off JPEG as valid, so look at the end: the image must end with
 * EOI (FF D9), or with a trailer phones append after it (Samsung SEFT, a motion photo's MP4).
 */
export async function assertJpegComplete(src: ByteSource, xmp: Segment | undefined): Promise<void> {
  const tail = await src.get(Math.max(0, src.size - 4), 4);
  if (tail.length === 4 && tail[2] === 0xff && tail[3] === 0xd9) return;
  if (tail.length === 4 && ascii(tail, 0, 4) === 'SEFT') return;
  const videoLength = xmp ? motionVideoLength(await src.get(xmp.offset + XMP_HEADER, xmp.length - XMP_HEADER)) : undefined;
  if (videoLength !== undefined && videoLength + 8 <= src.size) {
    const box = await src.get(src.size - videoLength, 8);
    if (ascii(box, 4, 4) === 'ftyp') return;
  }
  fail('truncated', 'no end-of-image marker: the file was cut short');
}

/** Length of the MP4 a motion photo carries at its end, from its XMP (Google container or MicroVideo). */
export function motionVideoLength(xmpBytes: Uint8Array): number | undefined {
  const xmp = new TextDecoder('latin1').decode(xmpBytes);
  const micro = /MicroVideoOffset="(\d+)"/.exec(xmp);
  if (micro) return Number(micro[1]);
  for (const item of xmp.match(/<Container:Item\b[^>]*>/g) ?? []) {
    const length = /Item:Length="(\d+)"/.exec(item);
    if (/Item:Semantic="MotionPhoto"/.test(item) && length) return Number(length[1]);
  }
  return undefined;
}
