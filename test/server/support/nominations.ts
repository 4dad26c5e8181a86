import { randomUUID } from 'node:crypto';
import type { Harness } from './harness';
import { VALID_FORM } from '../../domain/support/forms';
import { dataOf } from './harness';

export const CONTACT = 'contact-district-haidian';
export const UNIT = 'district-haidian';

export { VALID_FORM };

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
  const made = await draft(h, contact);
  await attachPassedMedia(h, made.id);
  return dataOf(
    await h.call<{ id: string; version: number; status: string }>(contact, 'nomination', { action: 'submit', version: made.version }),
  );
}

/** A contact's draft of the complete form, without media; returns its id and version. */
export async function draft(h: Harness, contact = CONTACT) {
  return dataOf(await h.call<{ id: string; version: number }>(contact, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
}

/** A nomination the staff accepted (experts may now see and score it). */
export async function accepted(h: Harness, contact = CONTACT) {
  const sent = await submitted(h, contact);
  return dataOf(
    await h.call<{ id: string; version: number }>('staff-1', 'review', { action: 'accept', nominationId: sent.id, version: sent.version }),
  );
}

export const SCORES = { political: 90, achievements: 85, influence: 80, materials: 95 };

/** A nomination both seeded experts scored (the admin may now decide); returns its id and current version. */
export async function scored(h: Harness, contact = CONTACT) {
  const { id } = await accepted(h, contact);
  for (const expert of ['expert-1', 'expert-2'])
    dataOf(await h.call(expert, 'review', { action: 'score', nominationId: id, scores: SCORES }));
  const record = await h.runtime.portsFor(null).db.read.nominations.get(id);
  return { id, version: record?.version ?? 0 };
}
