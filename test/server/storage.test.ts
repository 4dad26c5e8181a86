import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../server/core/caller';
import { storeUpload } from '../../server/core/uploads';
import { fixture } from './exports/seed';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, UNIT, VALID_FORM } from './support/nominations';

const HOUR_MS = 60 * 60 * 1000;
const PHOTO = fixture('lovell_sharp__gain-map.jpg');
let h: Harness;
afterEach(() => h?.close());

const open = () => openHarness({ now: '2023-10-10T02:00:00Z', deadline: '2023-10-20T15:59:59.999Z', frozenClock: true });
const contact = (unitId = UNIT): Caller => ({ userId: `contact-${unitId}`, role: 'contact', name: '联系人', unitId, externalId: null });
const upload = (unitId = UNIT) => storeUpload(h.runtime.portsFor(null), contact(unitId), 'photo', 'a.jpg', PHOTO);
const tick = () => h.callAsWechat<{ storage: Record<string, number> }>(null, 'scheduler', { action: 'tick' }, 'wx_trigger').then(dataOf);
const onDisk = (fileId: string) => fs.existsSync(path.join(h.dataDir, 'files', fileId));

async function attach(fileId: string) {
  const { id } = dataOf(await h.call<{ id: string }>(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
  const mediaId = randomUUID();
  await h.runtime.portsFor(null).db.transaction((tx) =>
    tx.media.put({
      id: mediaId,
      nominationId: id,
      kind: 'photo',
      fileId,
      position: 0,
      ok: true,
      measured: {},
      verdict: { ok: true, reasons: [] },
      createdAt: h.runtime.clock.now().toISOString(),
    }),
  );
  return mediaId;
}

describe('storage kept clean', () => {
  it('removes an upload never attached after 24 h, keeps an attached one, and a removed one for a grace period (72 h)', async () => {
    h = await open();
    const loose = await upload();
    const kept = await upload();
    const mediaId = await attach(kept.fileId);
    h.advance(24 * HOUR_MS - 60_000);
    expect((await tick()).storage).toMatchObject({ uploads: 0 });
    h.advance(2 * 60_000);
    expect((await tick()).storage).toMatchObject({ uploads: 1, kept: 1, bytes: PHOTO.byteLength });
    expect([onDisk(loose.fileId), onDisk(kept.fileId)]).toEqual([false, true]);

    dataOf(await h.call(CONTACT, 'media', { action: 'remove', mediaId }));
    // Looked at when its grace ends: found detached, it gets a whole grace period from then.
    h.advance(72 * HOUR_MS);
    expect((await tick()).storage).toMatchObject({ uploads: 0, kept: 1 });
    expect(onDisk(kept.fileId)).toBe(true);
    h.advance(72 * HOUR_MS - 60_000);
    expect((await tick()).storage).toMatchObject({ uploads: 0 });
    expect(onDisk(kept.fileId)).toBe(true);
    h.advance(2 * 60_000);
    expect((await tick()).storage).toMatchObject({ uploads: 1 });
    expect(onDisk(kept.fileId)).toBe(false);
  });

  it('refuses uploads past the unit quota (campaign data) with STORAGE_FULL, while other units and every save go on', async () => {
    h = await open();
    const ports = h.runtime.portsFor(null);
    const campaign = await ports.db.read.campaigns.get('2023');
    if (!campaign) throw new Error('no campaign');
    await ports.db.transaction((tx) => tx.campaigns.put({ ...campaign, storage: { unitQuotaBytes: 3 * PHOTO.byteLength } }));
    for (let i = 0; i < 3; i++) await upload();
    await expect(upload()).rejects.toMatchObject({
      code: 'STORAGE_FULL',
      message: expect.stringContaining('本单位上传的文件已达存储上限'),
    });
    await upload('district-xicheng');
    dataOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
  });

  it('removes the .part files of killed writes at start', async () => {
    h = await open();
    const part = path.join(h.dataDir, 'files/uploads', UNIT, 'photo-x.jpg.part');
    fs.mkdirSync(path.dirname(part), { recursive: true });
    fs.writeFileSync(part, 'half');
    h.runtime.close();
    const { openLocalRuntime } = await import('../../server/local/runtime');
    (await openLocalRuntime({ dataDir: h.dataDir })).close();
    expect(fs.existsSync(part)).toBe(false);
    fs.rmSync(h.dataDir, { recursive: true, force: true });
    h = await openHarness();
  });
});
