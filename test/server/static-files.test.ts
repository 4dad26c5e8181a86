import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/local/http-server';
import { preferredEncoding } from '../../server/local/static-files';
import { type Harness, openHarness } from './support/harness';

let h: Harness;
let server: http.Server;
let base: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-h5-'));
const script = `console.log(${JSON.stringify('巾帼推荐 '.repeat(2000))});\n`;
const page = '<!doctype html><html><head><script src="/js/app.3f9a1c.js"></script></head><body>巾帼推荐</body></html>';
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'js'));
  fs.writeFileSync(path.join(dir, 'index.html'), page);
  fs.writeFileSync(path.join(dir, 'js/app.3f9a1c.js'), script);
  fs.writeFileSync(path.join(dir, 'logo.png'), png);
  h = await openHarness();
  server = createHttpServer(h.runtime, dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The raw reply (node:http does not decompress, unlike fetch). */
const get = (url: string, acceptEncoding?: string) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${url}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });

describe('the H5 build is served compressed, with cache headers', () => {
  it('sends brotli to a browser that takes it, a fraction of the size, immutable for a year', async () => {
    const res = await get('/js/app.3f9a1c.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
    expect(res.body.byteLength).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends gzip where brotli is not accepted, and the plain file where nothing is', async () => {
    const gz = await get('/js/app.3f9a1c.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get('/js/app.3f9a1c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.body.toString()).toBe(script);
  });

  it('revalidates index.html every time, and sends images as they are', async () => {
    const index = await get('/', 'br');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(zlib.brotliDecompressSync(index.body).toString()).toBe(page);
    const image = await get('/logo.png', 'br, gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body).toEqual(png);
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('gzip;q=1.0, br;q=0.5')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('gzip;q=0')).toBeNull();
  });
});
