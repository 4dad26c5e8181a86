import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { byteRange } from '../../server/local/download-headers';
import { mediaFixture } from '../fixtures/media-dir';
import { type Harness, openHarness } from './support/harness';
import { CONTACT } from './support/nominations';
import { type Served, serve } from './support/served-http';

let h: Harness;
let served: Served;
let token: string;
let fileId: string;
let signed: string;
const video = new Uint8Array(fs.readFileSync(mediaFixture('androidx_media__pixel7_videoOnly_cleaned.mp4')));

beforeAll(async () => {
  h = await openHarness();
  served = await serve(h);
  token = await served.login(CONTACT);
  const put = await fetch(`${served.base}/api/files?kind=video&name=v.mp4`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}` },
    body: video,
  });
  fileId = ((await put.json()) as { fileId: string }).fileId;
  signed = await h.runtime.portsFor(null).files.url(fileId, '演示视频.mp4');
});
afterAll(async () => {
  await served.close();
  h.close();
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(`${served.base}${url}`, { headers });
const own = (headers: Record<string, string> = {}) =>
  get(`/api/files/${encodeURIComponent(fileId)}`, { authorization: `Bearer ${token}`, ...headers });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
/** Byte equality (a deep `toEqual` of megabytes takes seconds). */
const same = (a: Buffer, b: Uint8Array) => a.equals(b);

describe('downloads are streamed with byte ranges', () => {
  it('sends the whole stored file with 200, its type and accept-ranges', async () => {
    const res = await own();
    expect(res.status).toBe(200);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-length')).toBe(String(video.byteLength));
    expect(same(await bytesOf(res), video)).toBe(true);
  });

  it.each([
    ['bytes=100-4195', 100, 4195],
    ['bytes=0-0', 0, 0],
    ['bytes=-500', video.byteLength - 500, video.byteLength - 1],
    [`bytes=${video.byteLength - 10}-`, video.byteLength - 10, video.byteLength - 1],
    [`bytes=5-${video.byteLength + 1000}`, 5, video.byteLength - 1],
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    const res = await own({ range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${video.byteLength}`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(same(await bytesOf(res), video.subarray(start, end + 1))).toBe(true);
  });

  it('answers a range on the signed link too (a <video> seeking), with the signed name', async () => {
    const res = await get(signed, { range: 'bytes=1000-1999' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('演示视频.mp4'));
    expect(same(await bytesOf(res), video.subarray(1000, 2000))).toBe(true);
  });

  it('answers a range past the end with 416 and the size', async () => {
    for (const range of [`bytes=${video.byteLength}-`, 'bytes=-0']) {
      const res = await own({ range });
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${video.byteLength}`);
      expect((await bytesOf(res)).byteLength).toBe(0);
    }
  });

  it('sends the whole file for what it does not serve as a range (several ranges, another unit, nonsense)', async () => {
    for (const range of ['bytes=0-10,20-30', 'items=0-10', 'bytes=20-10', 'bytes=abc']) {
      const res = await own({ range });
      expect(res.status).toBe(200);
      expect((await bytesOf(res)).byteLength).toBe(video.byteLength);
    }
  });

  it('still refuses a range of a file the caller may not see', async () => {
    const staff = await served.login('staff-1');
    const res = await get(`/api/files/${encodeURIComponent(fileId)}`, { authorization: `Bearer ${staff}`, range: 'bytes=0-99' });
    expect(res.status).toBe(404);
  });

  it('parses ranges as RFC 9110 says', () => {
    expect(byteRange(undefined, 10)).toBeNull();
    expect(byteRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(byteRange('bytes=-20', 10)).toEqual({ start: 0, end: 9 });
    expect(byteRange(' bytes=2-3 ', 10)).toEqual({ start: 2, end: 3 });
    expect(byteRange('bytes=-', 10)).toBeNull();
  });
});

describe('uploads are written as they arrive', () => {
  const partsIn = (dir: string): string[] =>
    (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((d) => d.isFile() && d.name.endsWith('.part'))
      .map((d) => path.join(d.parentPath, d.name));

  it('stores the bytes exactly, 0600, and no .part is left', async () => {
    const res = await own();
    expect(same(await bytesOf(res), video)).toBe(true);
    const full = path.join(h.dataDir, 'files', fileId);
    expect(fs.statSync(full).mode & 0o777).toBe(0o600);
    expect(partsIn(h.dataDir)).toEqual([]);
  });

  it('removes the partial file of a client that goes away mid-body, and stores no record', async () => {
    const before = await h.runtime.portsFor(null).db.read.storedFiles.byOwner('upload', 'district-haidian');
    const target = new URL(served.base);
    const socket = net.connect(Number(target.port), target.hostname);
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write(
      `PUT /api/files?kind=video&name=v.mp4 HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(4 * 1024 * 1024));
    // The server has begun its .part file: then the client vanishes.
    await vi.waitFor(() => expect(partsIn(h.dataDir)).toHaveLength(1), { timeout: 10_000 });
    socket.destroy();
    await vi.waitFor(() => expect(partsIn(h.dataDir)).toEqual([]), { timeout: 10_000 });
    expect(await h.runtime.portsFor(null).db.read.storedFiles.byOwner('upload', 'district-haidian')).toEqual(before);
  });
});

describe('keep-alive', () => {
  it('keeps the connection of GET replies and answers the next request on it', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const once = () =>
      new Promise<{ reused: boolean; connection: string | undefined; status: number | undefined }>((resolve, reject) => {
        const req = http.get(`${served.base}/healthz`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ reused: req.reusedSocket, connection: res.headers.connection, status: res.statusCode }));
        });
        req.on('error', reject);
      });
    const first = await once();
    const second = await once();
    agent.destroy();
    expect(first).toEqual({ reused: false, connection: 'keep-alive', status: 200 });
    expect(second).toEqual({ reused: true, connection: 'keep-alive', status: 200 });
  });
});
