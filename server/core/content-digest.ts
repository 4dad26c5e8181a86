import { createHash } from 'node:crypto';
import type { RangeReader } from './ports';

/** Up to this size a file is hashed whole: every photo (the cap is 20 MiB) and short videos. */
export const FULL_DIGEST_MAX = 64 * 1024 * 1024;
/** Above it, the sampled digest reads this much at each end. */
const SAMPLE_BYTES = 8 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;

/**
 * What makes two stored files "the same bytes" for MEDIA_DUPLICATE. Up to 64 MiB: SHA-256 of the
 * whole file. Above (long videos, up to 500 MiB): SHA-256 of the size, the first 8 MiB and the
 * last 8 MiB. In the cloud the check reads stored files over HTTP ranges inside a function's time
 * and memory, so a 450 MB read per check is out of reach; an MP4's ends hold its moov box (with
 * the recording's own timestamps and sample tables) and the start of its media data, which no two
 * recordings share. The same rule runs locally, so both runtimes judge a file alike.
 */
export async function contentDigest(reader: RangeReader): Promise<string> {
  const hash = createHash('sha256');
  const feed = async (from: number, to: number) => {
    for (let at = from; at < to; at += CHUNK) hash.update(await reader.read(at, Math.min(CHUNK, to - at)));
  };
  if (reader.size <= FULL_DIGEST_MAX) {
    await feed(0, reader.size);
    return `sha256:${hash.digest('hex')}`;
  }
  hash.update(`${reader.size}:`);
  await feed(0, SAMPLE_BYTES);
  await feed(reader.size - SAMPLE_BYTES, reader.size);
  return `sha256-ends:${hash.digest('hex')}`;
}
