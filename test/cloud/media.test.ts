import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, CONTACT_OPENID, IT_OPENID, openCampaign, SETUP_TOKEN, UNIT } from './support/journey';
import { mediaFixture } from '../fixtures/media-dir';

const fixture = (name: string) => fs.readFileSync(mediaFixture(`androidx_media__${name}`));
// What the mini-program's Taro.cloud.uploadFile writes: the unit's folder, the kind, a UUID.
const cloudPath = (kind: 'photo' | 'video', ext: string) => `uploads/${UNIT}/${kind}-${crypto.randomUUID()}.${ext}`;

let cloud: Cloud;
beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  // The bundles read storage with node:http(s); a fetch call would be a path the double cannot see.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('fetch is not used by the cloud functions')));
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, campaign: openCampaign(new Date()) }, IT_OPENID));
  const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId: UNIT }, IT_OPENID));
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code }, CONTACT_OPENID));
  dataOf(await cloud.call('nomination', { action: 'saveDraft', form: { name: '李秀英' } }, CONTACT_OPENID));
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('media.check against cloud storage', () => {
  it('accepts a 12 MP work photo, read by byte ranges from its temporary URL, and submits it to mediaCheckAsync', async () => {
    const bytes = fixture('pixel-motion-photo-shortened.jpg');
    const fileId = cloud.double.storage.put(cloudPath('photo', 'jpg'), bytes);
    const before = cloud.double.storage.bytesServed;
    const data = dataOf(await cloud.call<Record<string, unknown>>('media', { action: 'check', fileId, kind: 'photo' }, CONTACT_OPENID));
    expect(data).toMatchObject({ kind: 'photo', ok: true, contentCheck: { status: 'pending' } });
    // The inspection reads byte ranges only; the photo is then read once whole for its SHA-256 (MEDIA_DUPLICATE).
    expect(data.bytesRead as number).toBeLessThan(bytes.byteLength);
    expect(cloud.double.storage.bytesServed - before).toBeLessThan(2 * bytes.byteLength);
    const [check] = cloud.double.openapiCalls.filter((c) => c.api === 'security.mediaCheckAsync');
    expect(check.options).toMatchObject({ openid: CONTACT_OPENID, mediaType: 2, version: 2, scene: 1 });
    expect(String(check.options.mediaUrl)).toContain(encodeURIComponent(fileId));
  });

  it('refuses a 6-minute video after reading its moov at the end, not the whole file', async () => {
    const bytes = fixture('long_1080p_lowbitrate.mp4');
    const fileId = cloud.double.storage.put(cloudPath('video', 'mp4'), bytes);
    const before = cloud.double.storage.bytesServed;
    const reply = await cloud.call('media', { action: 'check', fileId, kind: 'video' }, CONTACT_OPENID);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'MEDIA_REJECTED', fields: [expect.objectContaining({ code: 'VIDEO_TOO_LONG' })] },
    });
    expect(cloud.double.storage.bytesServed - before).toBeLessThan(bytes.byteLength / 2);
  });

  it('still checks a photo when storage ignores Range and answers 200, cutting each answer off after the bytes it needs', async () => {
    const bytes = fixture('pixel-motion-photo-shortened.jpg');
    const copy = cloud.double.storage.put(cloudPath('photo', 'jpg'), bytes);
    // The same bytes are attached already (the test above): a second copy is MEDIA_DUPLICATE until that one is removed.
    expect(await cloud.call('media', { action: 'check', fileId: copy, kind: 'photo' }, CONTACT_OPENID)).toMatchObject({
      ok: false,
      error: { code: 'MEDIA_DUPLICATE' },
    });
    const attached = dataOf(await cloud.call<{ photos: { id: string }[] }>('nomination', { action: 'get' }, CONTACT_OPENID));
    for (const photo of attached.photos) dataOf(await cloud.call('media', { action: 'remove', mediaId: photo.id }, CONTACT_OPENID));
    const fileId = cloud.double.storage.put(cloudPath('photo', 'jpg'), bytes);
    cloud.double.storage.mode = 'ignore-range';
    try {
      const data = dataOf(await cloud.call<Record<string, unknown>>('media', { action: 'check', fileId, kind: 'photo' }, CONTACT_OPENID));
      expect(data).toMatchObject({ kind: 'photo', ok: true });
      expect(cloud.double.storage.requests.at(-1)?.status).toBe(200);
    } finally {
      cloud.double.storage.mode = 'range';
    }
  });

  it('answers a clear error, not a verdict on an error page, when the temporary URL is refused', async () => {
    const fileId = cloud.double.storage.put(cloudPath('photo', 'jpg'), fixture('pixel-motion-photo-shortened.jpg'));
    cloud.double.storage.mode = 'forbidden';
    try {
      const reply = await cloud.call('media', { action: 'check', fileId, kind: 'photo' }, CONTACT_OPENID);
      expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      cloud.double.storage.mode = 'range';
    }
  });

  it("refuses a file in another unit's folder, whatever the client names", async () => {
    const fileId = cloud.double.storage.put(
      `uploads/district-xicheng/photo-${crypto.randomUUID()}.jpg`,
      fixture('pixel-motion-photo-shortened.jpg'),
    );
    expect(await cloud.call('media', { action: 'check', fileId, kind: 'photo' }, CONTACT_OPENID)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
