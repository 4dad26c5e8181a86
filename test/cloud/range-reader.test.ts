import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { getRange, httpRangeReader, RangeReadError } from '../../server/adapters/wx/range-reader';
import { StorageDouble } from './support/double-storage';

const storage = new StorageDouble('range-test');
const file = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 251));
const fileId = storage.put('uploads/u/video-1.mp4', file);
const urlOf = async (id = fileId) => (await storage.sdk.getTempFileURL({ fileList: [id] })).fileList[0].tempFileURL;

// A server that ignores Range and would send 64 MiB: what it managed to write before the reader hung up.
const HUGE = 64 * 1024 * 1024;
let hugeWritten = 0;
const huge = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-length': HUGE });
  const chunk = Buffer.alloc(64 * 1024, 1);
  const more = () => {
    while (hugeWritten < HUGE && !res.destroyed) {
      hugeWritten += chunk.byteLength;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end();
  };
  more();
});
const hugeUrl = new Promise<string>((resolve) =>
  huge.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(huge.address() as AddressInfo).port}/big`)),
);
afterAll(() => huge.close());

describe('byte ranges over node:http(s) with a Range header (server/adapters/wx/range-reader.ts)', () => {
  it('reads the size from the Content-Range of a one-byte probe, then exactly the ranges asked for', async () => {
    storage.mode = 'range';
    const reader = await httpRangeReader(await urlOf());
    expect(reader?.size).toBe(file.byteLength);
    expect(Buffer.from((await reader?.read(1000, 5000)) ?? [])).toEqual(file.subarray(1000, 6000));
    expect(Buffer.from((await reader?.read(file.byteLength - 10, 100)) ?? [])).toEqual(file.subarray(file.byteLength - 10));
    expect(await reader?.read(file.byteLength, 10)).toEqual(new Uint8Array(0));
    expect(reader?.bytesRead).toBe(1 + 5000 + 10);
    expect(storage.requests.slice(-3).map((r) => [r.range, r.status])).toEqual([
      ['bytes=0-0', 206],
      ['bytes=1000-5999', 206],
      [`bytes=${file.byteLength - 10}-${file.byteLength - 1}`, 206],
    ]);
  });

  it('follows a redirect of the temporary URL', async () => {
    storage.mode = 'redirect';
    const reader = await httpRangeReader(await urlOf());
    expect(Buffer.from((await reader?.read(10, 20)) ?? [])).toEqual(file.subarray(10, 30));
    expect(storage.requests.slice(-2).map((r) => r.status)).toEqual([302, 206]);
  });

  it('reads only up to the bytes it needs from a server that ignores Range and answers 200', async () => {
    storage.mode = 'ignore-range';
    const reader = await httpRangeReader(await urlOf());
    expect(reader?.size).toBe(file.byteLength);
    expect(Buffer.from((await reader?.read(100, 50)) ?? [])).toEqual(file.subarray(100, 150));
    expect(storage.requests.slice(-2).map((r) => r.status)).toEqual([200, 200]);
    // What came over the wire counts, the bytes before the range included.
    expect(reader?.bytesRead).toBeGreaterThanOrEqual(1 + 150);

    const big = await getRange(await hugeUrl, 0, 1023);
    expect(big.bytes.byteLength).toBe(1024);
    expect(big.total).toBe(HUGE);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(hugeWritten).toBeLessThan(HUGE / 4);
  });

  it('answers null for a file the URL does not find, and fails on an expired URL instead of reading its error page', async () => {
    storage.mode = 'range';
    const url = await urlOf();
    storage.files.delete(fileId);
    expect(await httpRangeReader(url)).toBeNull();
    storage.put('uploads/u/video-1.mp4', file);
    storage.mode = 'forbidden';
    await expect(httpRangeReader(url)).rejects.toMatchObject({ status: 403 });
    await expect(getRange('ftp://example.invalid/x', 0, 0)).rejects.toBeInstanceOf(RangeReadError);
  });
});
