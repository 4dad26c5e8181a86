import { randomUUID } from 'node:crypto';
import type { Harness } from './harness';
import { dataOf } from './harness';

export const CONTACT = 'contact-district-haidian';
export const UNIT = 'district-haidian';

/** A complete, valid 登记表 (the GB 11643 example ID is a woman born 1949-12-31). */
export const VALID_FORM = {
  category: 'scientific-innovation',
  name: '李娜',
  education: '博士研究生',
  politicalStatus: '中共党员',
  ethnicity: '汉族',
  phone: '13800138000',
  workUnitAndPost: '北京某研究院 研究员',
  idNumber: '11010519491231002X',
  honors: '2022年 北京市三八红旗手',
  deeds: '她扎根科研一线二十年，带领团队攻克关键技术难题。',
  unitOpinion: '同意推荐。',
};

/** Attaches media that passed the check, as `media.check` would, straight through the repositories. */
export async function attachPassedMedia(h: Harness, nominationId: string, photos = 2, video = true) {
  const ports = h.runtime.portsFor(null);
  const verdict = { ok: true, reasons: [] };
  await ports.db.transaction(async (tx) => {
    for (let i = 0; i < photos; i++) {
      await tx.media.put({
        id: randomUUID(),
        nominationId,
        kind: 'photo',
        fileId: `uploads/${UNIT}/photo-${i}.jpg`,
        position: i,
        ok: true,
        measured: { container: 'jpeg', displayWidth: 1800, displayHeight: 1200 },
        verdict,
        createdAt: new Date().toISOString(),
      });
    }
    if (video) {
      await tx.media.put({
        id: randomUUID(),
        nominationId,
        kind: 'video',
        fileId: `uploads/${UNIT}/video-0.mp4`,
        position: 0,
        ok: true,
        measured: { container: 'mp4', displayWidth: 1920, displayHeight: 1080, durationSec: 10 },
        verdict,
        createdAt: new Date().toISOString(),
      });
    }
  });
}

/** A contact's complete, submitted nomination; returns its id and version. */
export async function submitted(h: Harness, contact = CONTACT) {
  const draft = dataOf(await h.call<{ id: string; version: number }>(contact, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
  await attachPassedMedia(h, draft.id);
  return dataOf(
    await h.call<{ id: string; version: number; status: string }>(contact, 'nomination', { action: 'submit', version: draft.version }),
  );
}
