import { fileTypeFromBuffer } from 'file-type';
import probe from 'probe-image-size';
import type { MediaInspection, MeasuredMedia } from '../../domain/media/measured';
import type { MediaKind } from '../../domain/media/verdict';
import { inspectIsoBmff } from './bmff-inspect';
import { ByteSource, type MediaReader } from './byte-source';
import { inspectJpeg } from './jpeg-inspect';
import { fail, MediaFormatError, ReadFailure } from './media-error';

/** The measured (or unreadable) file, with the bytes the check took from the reader. */
export type Inspection = MediaInspection & { bytesRead: number };

// file-type's own sample size: enough for every signature it knows.
const HEAD_BYTES = 4100;
const ISO_BMFF = new Set(['mp4', 'mov', 'm4v', '3gp', '3g2', 'm4a', 'm4b', 'm4p', 'f4v', 'f4a', 'f4b', 'f4p', 'mj2']);
const CONTAINER_NAMES: Record<string, string> = { jpg: 'jpeg', tif: 'tiff', heif: 'heic' };

type Identity = { kind?: MediaKind; container: string; mime: string };

/**
 * The server's media check: identifies the file by its bytes (never its name), then measures it
 * reading only headers through byte ranges. Bad files become "unreadable" outcomes; only a failing
 * reader throws.
 */
export async function inspectMedia(reader: MediaReader, kindHint?: MediaKind): Promise<Inspection> {
  const src = new ByteSource(reader);
  if (src.size === 0) return { unreadable: 'empty', detail: 'zero bytes', kind: kindHint, sizeBytes: 0, bytesRead: 0 };
  let identity: Identity = { kind: kindHint, container: 'unknown', mime: '' };
  try {
    identity = await identify(src, kindHint);
    const media = await measure(src, identity);
    return { ...media, bytesRead: src.bytesRead };
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    // A parser slip on a malformed file is still a bad file, never a crash of the check.
    const reason = error instanceof MediaFormatError ? error.reason : 'corrupt';
    const detail = error instanceof Error ? error.message : String(error);
    const { kind, container } = identity;
    return { unreadable: reason, detail, kind, container, sizeBytes: src.size, bytesRead: src.bytesRead };
  }
}

async function identify(src: ByteSource, kindHint?: MediaKind): Promise<Identity> {
  const type = await fileTypeFromBuffer(await src.get(0, HEAD_BYTES));
  if (!type) return { kind: kindHint, container: 'unknown', mime: '' };
  const container = CONTAINER_NAMES[type.ext] ?? type.ext;
  if (type.mime.startsWith('image/')) return { kind: 'photo', container, mime: type.mime };
  if (ISO_BMFF.has(type.ext) || type.mime.startsWith('video/') || type.mime.startsWith('audio/')) {
    return { kind: 'video', container, mime: type.mime };
  }
  return { kind: kindHint, container, mime: type.mime };
}

async function measure(src: ByteSource, { kind, container, mime }: Identity): Promise<MeasuredMedia> {
  if (container === 'jpeg') return inspectJpeg(src);
  if (ISO_BMFF.has(container)) return inspectIsoBmff(src);
  if (mime.startsWith('audio/')) fail('no-video-track', `${mime} is sound only`);
  if (mime.startsWith('image/')) return otherImage(src, container);
  if (mime.startsWith('video/'))
    return { kind: 'video', container, width: 0, height: 0, displayWidth: 0, displayHeight: 0, sizeBytes: src.size };
  return fail('unknown-type', mime ? `${mime} is not a photo or a video` : `no known signature (${kind ?? 'any'} expected)`);
}

/** PNG, WebP, HEIC, AVIF…: refused for not being JPEG; their size (when the head holds it) is for the message. */
async function otherImage(src: ByteSource, container: string): Promise<MeasuredMedia> {
  const head = await src.get(0, HEAD_BYTES);
  const probed = probe.sync(Buffer.from(head.buffer, head.byteOffset, head.byteLength));
  const width = probed?.width ?? 0;
  const height = probed?.height ?? 0;
  return {
    kind: 'photo',
    container,
    width,
    height,
    displayWidth: width,
    displayHeight: height,
    pixels: width * height,
    sizeBytes: src.size,
  };
}
