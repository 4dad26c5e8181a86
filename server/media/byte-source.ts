import type { RangeReader } from '../core/ports';
import { ReadFailure } from './media-error';

/** What a check needs of a stored file: its size and byte ranges (local file ranges, HTTP Range). */
export type MediaReader = Pick<RangeReader, 'size' | 'read'>;

/**
 * Caches the windows it has read, so parsers may ask for small overlapping ranges without paying
 * twice, and counts the bytes it took from the reader (the figure the checks are judged on).
 */
export class ByteSource {
  private readonly windows: { offset: number; bytes: Uint8Array }[] = [];
  private taken = 0;

  constructor(private readonly reader: MediaReader) {}

  get size(): number {
    return this.reader.size;
  }

  get bytesRead(): number {
    return this.taken;
  }

  /**
   * Bytes [offset, offset + length), clipped at the end of the file. When not cached, reads at
   * least `minRead` bytes (a small read-ahead: one request for neighbouring box headers).
   */
  async get(offset: number, length: number, minRead = 0): Promise<Uint8Array> {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return new Uint8Array(0);
    const hit = this.windows.find((w) => w.offset <= offset && w.offset + w.bytes.length >= end);
    if (hit) return hit.bytes.subarray(offset - hit.offset, end - hit.offset);
    // A box header's read-ahead is the start of its payload: read only what follows it.
    const prefix = this.windows.find((w) => w.offset <= offset && w.offset + w.bytes.length > offset);
    const kept = prefix ? prefix.bytes.subarray(offset - prefix.offset) : new Uint8Array(0);
    const from = offset + kept.length;
    const fresh = await this.fetch(from, Math.min(this.size - from, Math.max(end - from, minRead - kept.length)));
    const bytes = kept.length > 0 ? concat(kept, fresh) : fresh;
    this.windows.push({ offset, bytes });
    return bytes.subarray(0, Math.min(bytes.length, end - offset));
  }

  private async fetch(offset: number, length: number): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = await this.reader.read(offset, length);
    } catch (error) {
      throw new ReadFailure(error);
    }
    this.taken += bytes.length;
    return bytes;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
