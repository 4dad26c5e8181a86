import http from 'node:http';
import https from 'node:https';
import type { RangeReader } from '../../core/ports';

// Cloud storage answers a temporary URL within seconds; a stalled socket must not hold the function to its timeout.
const TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface RangeAnswer {
  /** The file's size as the server states it (Content-Range, or Content-Length of a whole-file answer). */
  total: number | null;
  bytes: Uint8Array;
  /** What came over the wire, including what a server that ignored the range sent before `start`. */
  received: number;
}

export class RangeReadError extends Error {
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

/**
 * GETs bytes `start`..`end` (inclusive) of `url` with a `Range` header. It reads no more than it
 * needs whatever the server does: a 206 stops at the range's length, and a 200 (a server that
 * ignores Range sends the whole file) is read only up to `end` and then the connection is dropped.
 */
export function getRange(url: string, start: number, end: number, redirects = 0): Promise<RangeAnswer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
  if (!client) return Promise.reject(new RangeReadError(null, `unsupported protocol ${target.protocol}`));
  return new Promise<RangeAnswer>((resolve, reject) => {
    const request = client.get(target, { headers: { range: `bytes=${start}-${end}` }, timeout: TIMEOUT_MS }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects >= MAX_REDIRECTS) return reject(new RangeReadError(status, `more than ${MAX_REDIRECTS} redirects`));
        return resolve(getRange(new URL(location, target).href, start, end, redirects + 1));
      }
      if (status !== 206 && status !== 200) {
        response.destroy();
        return reject(new RangeReadError(status, `HTTP ${status} for a byte range`));
      }
      const ranged = status === 206 ? CONTENT_RANGE.exec(response.headers['content-range'] ?? '') : null;
      if (status === 206 && (!ranged || Number(ranged[1]) !== start)) {
        response.destroy();
        return reject(new RangeReadError(status, `unexpected Content-Range ${response.headers['content-range'] ?? '(none)'}`));
      }
      const length = Number(response.headers['content-length']);
      const total = ranged ? Number(ranged[3]) : Number.isFinite(length) && response.headers['content-length'] ? length : null;
      // Where the body starts in the file: the range's start, or 0 when the server sent the whole file.
      const bodyStart = ranged ? start : 0;
      const wanted = end - start + 1;
      const out = Buffer.alloc(wanted);
      let filled = 0;
      let received = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        response.destroy();
        resolve({ total, bytes: new Uint8Array(out.buffer, out.byteOffset, filled), received });
      };
      response.on('data', (chunk: Buffer) => {
        if (done) return;
        const at = bodyStart + received;
        received += chunk.byteLength;
        // The part of this chunk inside [start, start + wanted).
        const from = Math.max(0, start - at);
        const to = Math.min(chunk.byteLength, start + wanted - at);
        if (to > from) filled += chunk.copy(out, filled, from, to);
        if (filled >= wanted) finish();
      });
      response.on('end', finish);
      response.on('error', (error) => {
        if (!done) reject(error);
      });
    });
    request.on('timeout', () => request.destroy(new RangeReadError(null, `no answer within ${TIMEOUT_MS} ms`)));
    request.on('error', (error) => reject(error));
  });
}

/** Byte ranges of a cloud-storage file over HTTP Range on its temporary URL; null when the URL finds no file. */
export async function httpRangeReader(url: string): Promise<RangeReader | null> {
  let probe: RangeAnswer;
  try {
    probe = await getRange(url, 0, 0);
  } catch (error) {
    if (error instanceof RangeReadError && (error.status === 404 || error.status === 416)) return null;
    throw error;
  }
  const size = probe.total;
  if (size === null) throw new RangeReadError(null, 'the server states no file size');
  let bytesRead = probe.received;
  return {
    size,
    get bytesRead() {
      return bytesRead;
    },
    async read(offset, length) {
      const end = Math.min(offset + length, size) - 1;
      if (length <= 0 || offset >= size) return new Uint8Array(0);
      const answer = await getRange(url, offset, end);
      bytesRead += answer.received;
      return answer.bytes;
    },
  };
}
