import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { judgeMedia } from '../../domain/media/verdict';
import { AppError } from '../core/app-error';
import { currentCampaign, deadlineForUnit } from '../core/campaign-service';
import { contentDigest } from '../core/content-digest';
import { recordContentCheck } from '../core/content-check-result';
import { action, defineFunction } from '../core/define-function';
import { allowTransition, contactOf } from '../core/nomination-service';
import { inspectStoredFile, openStoredFile } from '../core/media-inspection';
import { uploadOf } from '../core/uploads';
import type { Ports } from '../core/ports';
import type { MediaRecord, Repositories } from '../core/repositories';
import { isPast } from '../../domain/time/shanghai';

const kind = z.enum(['photo', 'video']);

/** Takes a photo or video off its nomination, with its audit entry (a removal is an exit of the unit's material). */
async function removeAudited(tx: Repositories, media: MediaRecord, actorId: string, now: Date, extra: { replaced?: true } = {}) {
  await tx.media.remove(media.id);
  await tx.audit.append({
    nominationId: media.nominationId,
    actorId,
    action: 'media.remove',
    fromStatus: null,
    toStatus: null,
    at: now.toISOString(),
    detail: { mediaId: media.id, kind: media.kind, ...extra },
  });
}

export const mediaFunction = defineFunction('media', {
  check: action({
    input: z.object({ fileId: z.string().min(1).max(300), kind }),
    async run({ fileId, kind: expected }, { caller, ports }) {
      const { me, unitId } = contactOf(caller);
      const upload = await uploadOf(ports, me, fileId, expected);
      // Only the unit's own uploads: a file id is never trusted because the client named it.
      if (!upload || upload.unitId !== unitId || upload.kind !== expected)
        throw new AppError('NOT_FOUND', '没有找到这个上传的文件，请重新上传');
      const campaign = await currentCampaign(ports);
      // A retry after a lost reply: the file is attached already, so the answer is the first one's, and nothing is added.
      const nomination = await ports.db.read.nominations.getByUnit(campaign.id, unitId);
      const attached = nomination ? (await ports.db.read.media.forNomination(nomination.id)).find((m) => m.fileId === fileId) : undefined;
      if (attached) return checkReply(ports, attached, true);
      // Past the unit's deadline nothing is attached, and a file the app put into cloud storage itself is not kept.
      if (isPast(ports.clock.now(), await deadlineForUnit(campaign, unitId, ports.db.read))) {
        await ports.files.remove(fileId);
        await ports.db.transaction((tx) => tx.storedFiles.remove(fileId));
        throw new AppError('DEADLINE_PASSED');
      }
      // One reader for the check and the digest: in the cloud each open is a temporary-URL call and a probe.
      const reader = await openStoredFile(ports, fileId);
      const { inspection, bytesRead } = await inspectStoredFile(reader, expected);
      const verdict = judgeMedia(inspection, campaign.media, expected);
      if (!verdict.ok) {
        throw new AppError('MEDIA_REJECTED', verdict.reasons[0]?.message, {
          fields: verdict.reasons.map((r) => ({ path: expected, code: r.code, message: r.message })),
        });
      }
      const digest = await contentDigest(reader);
      const now = ports.clock.now();
      const media = await ports.db.transaction(async (tx) => {
        const nomination = await tx.nominations.getByUnit(campaign.id, unitId);
        if (!nomination) throw new AppError('INVALID_STATE', '请先保存推荐信息，再上传照片和视频');
        await allowTransition(tx, { campaign, unitId, caller: me, status: nomination.status, action: 'saveDraft', now });
        const all = await tx.media.forNomination(nomination.id);
        // Checked twice at once (two taps, two tabs): the second finds the first's record.
        const same = all.find((m) => m.fileId === fileId);
        if (same) return { record: same, replay: true };
        if (all.some((m) => m.measured.sha256 === digest)) throw new AppError('MEDIA_DUPLICATE');
        const existing = all.filter((m) => m.kind === expected);
        if (expected === 'photo' && existing.length >= campaign.media.photos.max) {
          throw new AppError('VALIDATION_FAILED', `最多上传 ${campaign.media.photos.max} 张工作照，请先删除一张再添加`);
        }
        // One video: a new one replaces the old.
        if (expected === 'video') for (const old of existing) await removeAudited(tx, old, me.userId, now, { replaced: true });
        const record = {
          id: randomUUID(),
          nominationId: nomination.id,
          kind: expected,
          fileId,
          position: expected === 'photo' ? existing.length : 0,
          ok: true,
          measured: { ...inspection, bytesRead, sha256: digest } as Record<string, unknown>,
          verdict,
          createdAt: now.toISOString(),
        };
        await tx.media.put(record);
        await tx.audit.append({
          nominationId: nomination.id,
          actorId: me.userId,
          action: `media.${expected}`,
          fromStatus: null,
          toStatus: null,
          at: record.createdAt,
          detail: { mediaId: record.id },
        });
        return { record, replay: false };
      });
      // A duplicate's second copy is never attached: the storage step removes it with the other unused uploads.
      if (media.replay) return checkReply(ports, media.record, true);
      // WeChat checks images asynchronously; it has no video check, so videos wait for the staff's look.
      const contentCheck = expected === 'photo' ? await ports.contentCheck.submitImage(fileId) : { status: 'manual' as const };
      const record = { ...media.record, verdict: { ...media.record.verdict, contentCheck } };
      await ports.db.transaction((tx) => tx.media.put(record));
      return checkReply(ports, record, false);
    },
  }),

  contentCheckResult: action({
    input: z.object({ traceId: z.string().min(1).max(128), suggest: z.enum(['pass', 'risky', 'review']) }),
    run: ({ traceId, suggest }, { ports }) => recordContentCheck(ports, traceId, suggest),
  }),

  remove: action({
    input: z.object({ mediaId: z.string().min(1).max(64) }),
    async run({ mediaId }, { caller, ports }) {
      const { me, unitId } = contactOf(caller);
      const now = ports.clock.now();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const nomination = await tx.nominations.getByUnit(campaign.id, unitId);
        const media = await tx.media.get(mediaId);
        if (!nomination || !media || media.nominationId !== nomination.id) throw new AppError('NOT_FOUND', '没有找到这个文件');
        await allowTransition(tx, { campaign, unitId, caller: me, status: nomination.status, action: 'saveDraft', now });
        await removeAudited(tx, media, me.userId, now);
        const rest = (await tx.media.forNomination(nomination.id)).filter((m) => m.kind === media.kind);
        for (const [position, m] of rest.entries()) if (m.position !== position) await tx.media.put({ ...m, position });
        return { removed: mediaId };
      });
    },
  }),

  reorder: action({
    input: z.object({ photoIds: z.array(z.string().max(64)).min(1).max(10) }),
    async run({ photoIds }, { caller, ports }) {
      const { me, unitId } = contactOf(caller);
      const now = ports.clock.now();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const nomination = await tx.nominations.getByUnit(campaign.id, unitId);
        if (!nomination) throw new AppError('NOT_FOUND');
        await allowTransition(tx, { campaign, unitId, caller: me, status: nomination.status, action: 'saveDraft', now });
        const photos = (await tx.media.forNomination(nomination.id)).filter((m) => m.kind === 'photo');
        if (photos.length !== photoIds.length || !photos.every((p) => photoIds.includes(p.id))) {
          throw new AppError('VALIDATION_FAILED', '照片列表已变化，请刷新后再调整顺序');
        }
        for (const p of photos) await tx.media.put({ ...p, position: photoIds.indexOf(p.id) });
        return { photoIds };
      });
    },
  }),
});

/** What `check` answers for an attached file; `already` when this fileId had been attached before (a retry). */
async function checkReply(ports: Ports, media: MediaRecord, already: boolean) {
  const { bytesRead, ...measured } = media.measured;
  return {
    mediaId: media.id,
    kind: media.kind,
    ok: true,
    measured: { ...measured, bytesRead },
    verdict: { ok: media.verdict.ok, reasons: media.verdict.reasons },
    contentCheck: media.verdict.contentCheck,
    url: await ports.files.url(media.fileId),
    bytesRead: typeof bytesRead === 'number' ? bytesRead : 0,
    already,
  };
}
