import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../domain/api/envelope';
import { contractBreach } from './fuzz/envelope-schema';
import { rowCounts } from './fuzz/fuzz-harness';
import { fixturesDir } from './media/support';
import { type Harness, openHarness } from './support/harness';
import { type Served, serve, streamUpload } from './support/served-http';
import { CONTACT, UNIT } from './support/nominations';

const MIB = 1024 * 1024;
const PHOTO_CAP = 20 * MIB;
const VIDEO_CAP = 500 * MIB;
const JPEG_START = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const STORED = new RegExp(`^uploads/${UNIT}/(photo|video)-[0-9a-f-]{36}\\.(jpg|mp4)$`);

let h: Harness;
let http: Served;
let token: string;

beforeAll(async () => {
  h = await openHarness();
  http = await serve(h);
  token = await http.login(CONTACT);
  // The harness signs in on its first call, which writes a session: not while a test counts rows.
  await h.call(CONTACT, 'auth', { action: 'whoami' });
});
afterAll(async () => {
  await http.close();
  h.close();
});

const uploadUrl = (kind: string, name = 'a.jpg') => `${http.base}/api/files?kind=${kind}&name=${encodeURIComponent(name)}`;

async function put(kind: string, name: string, bytes: Uint8Array) {
  const response = await fetch(uploadUrl(kind, name), {
    method: 'PUT',
    body: new Uint8Array(bytes),
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, reply: (await response.json()) as Reply<{ fileId: string }> & { fileId?: string } };
}

/** Every file under DATA_DIR, relative to it. */
function filesIn(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(h.dataDir, path.join(d.parentPath, d.name)))
    .sort();
}

const snapshot = () => ({ rows: rowCounts(h), files: filesIn(h.dataDir) });

function expectTooLarge(status: number, reply: unknown) {
  expect(status).toBe(413);
  expect(contractBreach(reply)).toBeNull();
  expect(reply).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
}

describe('upload caps by kind (photo 20 MB, video 500 MB, from the campaign media rules)', () => {
  it('takes a photo of exactly 20 MiB and refuses one byte more, declared or streamed, storing nothing', async () => {
    const atCap = new Uint8Array(PHOTO_CAP);
    atCap.set(JPEG_START);
    const taken = await put('photo', 'a.jpg', atCap);
    expect(taken.status).toBe(200);
    expect(taken.reply.fileId).toMatch(STORED);

    const before = snapshot();
    const over = new Uint8Array(PHOTO_CAP + 1);
    over.set(JPEG_START);
    const declared = await put('photo', 'a.jpg', over);
    expectTooLarge(declared.status, declared.reply);
    const streamed = await streamUpload(uploadUrl('photo'), token, PHOTO_CAP + 1, JPEG_START);
    expectTooLarge(streamed.status, streamed.reply);
    expect(snapshot()).toEqual(before);
  });

  it('stops reading a video at 500 MiB instead of taking in the rest, and stores nothing', async () => {
    const before = snapshot();
    const total = VIDEO_CAP + 64 * MIB;
    const streamed = await streamUpload(uploadUrl('video', 'v.mp4'), token, total);
    expectTooLarge(streamed.status, streamed.reply);
    // The server paused at the cap: the client could hand over no more than the socket buffers hold.
    expect(streamed.sent).toBeGreaterThan(VIDEO_CAP);
    expect(streamed.sent).toBeLessThan(total);
    expect(snapshot()).toEqual(before);
    expect((await fetch(`${http.base}/healthz`)).status).toBe(200);
  });
});

describe('who may upload is settled before the bytes are read', () => {
  it.each([
    ['staff', 'staff-1', 403, 'FORBIDDEN'],
    ['a forged token', null, 401, 'UNAUTHENTICATED'],
  ])('refuses %s without taking in the upload', async (_who, as, status, code) => {
    const who = as ? await http.login(as) : 'forged';
    const before = snapshot();
    const total = 64 * MIB;
    const streamed = await streamUpload(uploadUrl('video', 'v.mp4'), who, total);
    expect(streamed.status).toBe(status);
    expect(streamed.reply).toMatchObject({ ok: false, error: { code } });
    expect(streamed.sent).toBeLessThan(total);
    expect(snapshot()).toEqual(before);
  });
});

describe('upload names are labels, never paths', () => {
  it.each([['../../etc/passwd'], ['..\\..\\x.jpg'], ['C:\\x'], ['/tmp/abs.jpg'], ['a\u0000.jpg'], ['n'.repeat(10 * 1024)]])(
    'stores %s under a server-made id inside DATA_DIR/files',
    async (name) => {
      const candidates = [h.dataDir, path.join(h.dataDir, 'files'), path.join(h.dataDir, 'files', 'uploads', UNIT), process.cwd()].map(
        (base) => path.resolve(base, name.replaceAll('\\', '/').replaceAll('\u0000', '')),
      );
      const existed = candidates.map((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs);
      const { status, reply } = await put('photo', name, JPEG_START);
      expect(status).toBe(200);
      expect(reply.fileId).toMatch(STORED);
      const record = await h.runtime.portsFor(null).db.read.uploads.get(reply.fileId as string);
      expect(record?.originalName.length).toBeLessThanOrEqual(200);
      for (const file of filesIn(h.dataDir))
        expect(file).toMatch(
          /^(jinguo\.sqlite(-wal|-shm)?|link-secret|data-key|files\/uploads\/[a-z0-9-]+\/(photo|video)-[0-9a-f-]{36}\.(jpg|mp4))$/,
        );
      // Nothing was made or touched where the name points.
      expect(candidates.map((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs)).toEqual(existed);
    },
  );

  it('answers a file id with broken %-escapes with NOT_FOUND', async () => {
    const response = await fetch(`${http.base}/api/files/%E0%A4%A`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(contractBreach(await response.json())).toBeNull();
  });
});

describe('content is judged by the bytes, not by the name or the declared kind', () => {
  const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixturesDir, name)));
  it.each([
    ['a PNG named a.jpg', 'photo', fixture('androidx_media__first_frame_1920x1080.png')],
    ['a text file named a.jpg', 'photo', new TextEncoder().encode('这不是照片，只是一段文字。\n'.repeat(100))],
    ['an MP4 named a.jpg', 'photo', fixture('androidx_media__sample.mp4')],
    ['a JPEG named v.mp4', 'video', fixture('androidx_media__london.jpg')],
  ])('refuses %s with MEDIA_REJECTED and a Chinese reason, attaching nothing', async (_label, kind, bytes) => {
    const { reply } = await put(kind, kind === 'photo' ? 'a.jpg' : 'v.mp4', bytes);
    const before = rowCounts(h);
    const checked = await h.call(CONTACT, 'media', { action: 'check', fileId: reply.fileId, kind });
    expect(contractBreach(checked)).toBeNull();
    expect(checked).toMatchObject({ ok: false, error: { code: 'MEDIA_REJECTED' } });
    const error = (checked as Extract<Reply, { ok: false }>).error;
    expect(error.fields?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(rowCounts(h)).toEqual(before);
  });
});
