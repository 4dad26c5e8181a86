import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../domain/errors/error-codes';
import { mediaFixture } from '../fixtures/media-dir';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, draft, UNIT } from './support/nominations';
import { type Served, serve } from './support/served-http';
import { streamUpload } from './support/served-http';

const PHOTO_A = mediaFixture('recurser_exif-orientation-examples__Landscape_0.jpg');
const PHOTO_B = mediaFixture('lovell_sharp__flowers.jpeg');
const VIDEO = mediaFixture('androidx_media__edit_list_positive_shift.mp4');
const DEADLINE = '2023-10-20T15:59:59.999Z';

let h: Harness;
let http: Served;
afterEach(async () => {
  await http?.close();
  h?.close();
});

async function open(now = '2023-10-01T01:00:00Z') {
  h = await openHarness({ now, deadline: DEADLINE, frozenClock: true });
  http = await serve(h);
  return http.login(CONTACT);
}

async function put(token: string, kind: 'photo' | 'video', file: string) {
  const response = await fetch(`${http.base}/api/files?kind=${kind}&name=x`, {
    method: 'PUT',
    body: new Uint8Array(fs.readFileSync(file)),
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as { fileId?: string; error?: { code: string } } };
}

const check = (fileId: string, kind: 'photo' | 'video' = 'photo') =>
  h.call<{ mediaId: string; already: boolean }>(CONTACT, 'media', { action: 'check', fileId, kind });
const attached = async () =>
  dataOf(await h.call<{ photos: { fileId: string }[]; video: unknown }>(CONTACT, 'nomination', { action: 'get' }));
/** The uploaded files under DATA_DIR (the runtime's `files/uploads/<unit>/…`). */
const stored = () => (fs.readdirSync(h.dataDir, { recursive: true }) as string[]).filter((f) => /uploads.*\.(jpg|mp4)$/.test(f));

describe('media.check is idempotent by fileId, and the same bytes are attached once', () => {
  it('answers a repeated check of one fileId with the first attachment, never a second one', async () => {
    const token = await open();
    await draft(h);
    const { body } = await put(token, 'photo', PHOTO_A);
    const first = dataOf(await check(body.fileId as string));
    expect(first.already).toBe(false);
    for (let i = 0; i < 3; i++) {
      const again = dataOf(await check(body.fileId as string));
      expect(again).toMatchObject({ mediaId: first.mediaId, already: true });
    }
    // Checked at once, as two taps or two tabs would: still one photo.
    const { body: other } = await put(token, 'photo', PHOTO_B);
    const both = await Promise.all([check(other.fileId as string), check(other.fileId as string)]);
    expect(both.every((r) => r.ok)).toBe(true);
    expect((await attached()).photos).toHaveLength(2);
  });

  it('refuses the same bytes under a second fileId with MEDIA_DUPLICATE, and attaches no second copy', async () => {
    const token = await open();
    await draft(h);
    dataOf(await check((await put(token, 'photo', PHOTO_A)).body.fileId as string));
    const second = (await put(token, 'photo', PHOTO_A)).body.fileId as string;
    expect(await check(second)).toMatchObject({ ok: false, error: { code: 'MEDIA_DUPLICATE', message: ERROR_MESSAGES.MEDIA_DUPLICATE } });
    expect((await attached()).photos).toHaveLength(1);
    // A video replaced by its own bytes is the same refusal.
    dataOf(await check((await put(token, 'video', VIDEO)).body.fileId as string, 'video'));
    expect(await check((await put(token, 'video', VIDEO)).body.fileId as string, 'video')).toMatchObject({
      error: { code: 'MEDIA_DUPLICATE' },
    });
  });
});

describe('uploads after the deadline', () => {
  it('refuses PUT /api/files with DEADLINE_PASSED before reading the body, and stores nothing', async () => {
    const token = await open('2023-10-21T01:00:00Z');
    // 300 MB announced and sent: the answer comes before the server has taken it in.
    const big = await streamUpload(`${http.base}/api/files?kind=video&name=x`, token, 300 * 1024 * 1024);
    expect(big.reply).toMatchObject({ ok: false, error: { code: 'DEADLINE_PASSED' } });
    expect(big.sent).toBeLessThan(300 * 1024 * 1024);
    expect(await put(token, 'photo', PHOTO_A)).toMatchObject({ status: 400, body: { error: { code: 'DEADLINE_PASSED' } } });
    expect(stored()).toEqual([]);
  });

  it('refuses media.check of a file stored before the deadline, and removes the file (the cloud path)', async () => {
    const token = await open('2023-10-20T15:00:00Z');
    await draft(h);
    const { body } = await put(token, 'photo', PHOTO_A);
    expect(stored()).toHaveLength(1);
    h.runtime.clock.advance(2 * 60 * 60 * 1000);
    expect(await check(body.fileId as string)).toMatchObject({ ok: false, error: { code: 'DEADLINE_PASSED' } });
    expect(stored()).toEqual([]);
    expect((await attached()).photos).toHaveLength(0);
  });

  it('reopens uploads and checks for a unit given an extension, and only for that unit', async () => {
    const token = await open('2023-10-21T01:00:00Z');
    dataOf(await h.call('admin-1', 'review', { action: 'extendDeadline', unitId: UNIT, deadline: '2023-10-27T23:59:59+08:00' }));
    await draft(h);
    const { status, body } = await put(token, 'photo', PHOTO_A);
    expect(status).toBe(200);
    expect(dataOf(await check(body.fileId as string)).already).toBe(false);
    const other = await http.login('contact-district-chaoyang');
    expect(await put(other, 'photo', PHOTO_A)).toMatchObject({ body: { error: { code: 'DEADLINE_PASSED' } } });
  });
});
