import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from './app-error';
import { type Caller, callerFor } from './caller';
import { currentCampaign } from './campaign-service';
import { maySeeNomination } from './access/nomination-scope';
import { spendRateToken } from './access/rate-limit';
import { contactOf, nominationId } from './nomination-service';
import type { Ports } from './ports';
import type { StoredFileRecord } from './repositories';
import { unattachedUploadCheck } from './storage/policy';
import { assertRoomFor } from './storage/quota';

export const uploadKindSchema = z.enum(['photo', 'video']);
export type UploadKind = z.infer<typeof uploadKindSchema>;

const EXTENSION: Record<UploadKind, string> = { photo: 'jpg', video: 'mp4' };

/** The byte cap of an upload of this kind, from the campaign's media rules. */
export async function uploadCap(ports: Ports, kind: UploadKind): Promise<number> {
  const { media } = await currentCampaign(ports);
  return kind === 'photo' ? media.upload.photoMaxBytes : media.upload.videoMaxBytes;
}

/**
 * Who may upload, and a token of their upload bucket, before a byte is read: only a unit's contact,
 * so no one else can make the server take the bytes in, and a refused upload spends nothing.
 */
export async function admitUpload(ports: Ports): Promise<Caller> {
  const principal = await ports.identity.principal();
  const { me, unitId } = contactOf(await callerFor(ports, principal));
  await assertRoomFor(ports, unitId, 0);
  await spendRateToken(ports, 'upload', principal, me);
  return me;
}

/**
 * Stores a contact's upload under a server-made name: the client's file name is kept only as a
 * label and never becomes part of a path. The content is judged later by its bytes (`media.check`).
 */
export async function storeUpload(ports: Ports, caller: Caller | null, kind: UploadKind, originalName: string, bytes: Uint8Array) {
  const { me, unitId } = contactOf(caller);
  if (bytes.byteLength === 0) throw new AppError('VALIDATION_FAILED', '上传的文件是空的');
  if (bytes.byteLength > (await uploadCap(ports, kind))) throw new AppError('PAYLOAD_TOO_LARGE');
  await assertRoomFor(ports, unitId, bytes.byteLength);
  const fileId = `uploads/${unitId}/${kind}-${randomUUID()}.${EXTENSION[kind]}`;
  const stored = await ports.files.put(fileId, bytes);
  const createdAt = ports.clock.now().toISOString();
  await ports.db.transaction(async (tx) => {
    await tx.uploads.put({
      fileId,
      kind,
      ownerId: me.userId,
      unitId,
      originalName: originalName.slice(0, 200),
      size: stored.size,
      createdAt,
    });
    await tx.storedFiles.put(uploadEntry(ports, unitId, fileId, stored.size, createdAt));
  });
  return { fileId };
}

/**
 * May this caller download the file? Whoever may see the nomination it is attached to (the same
 * scope as `review.get`: the unit's contact, staff from submission on, experts from acceptance on,
 * the admin); an upload not attached yet only its own unit's contact.
 */
export async function mayReadFile(ports: Ports, caller: Caller | null, fileId: string): Promise<boolean> {
  if (!caller) return false;
  const upload = await ports.db.read.uploads.get(fileId);
  if (!upload?.unitId) return false;
  const ownUnit = caller.role === 'contact' && caller.unitId === upload.unitId;
  const nomination = await ports.db.read.nominations.get(nominationId(ports.settings.campaignId, upload.unitId));
  const attached = nomination ? (await ports.db.read.media.forNomination(nomination.id)).some((m) => m.fileId === fileId) : false;
  if (!nomination || !attached) return ownUnit;
  return maySeeNomination(caller, nomination);
}

const CLOUD_UPLOAD = /^cloud:\/\/[^/]+\/uploads\/([A-Za-z0-9_-]+)\/(photo|video)-[0-9a-f-]{36}\.(jpg|mp4)$/;

/**
 * The upload record of a file, or — for a file the mini-program put into cloud storage itself —
 * a new record, accepted only under the caller's own unit folder and kind.
 */
export async function uploadOf(ports: Ports, caller: Caller, fileId: string, kind: UploadKind) {
  const known = await ports.db.read.uploads.get(fileId);
  if (known) return known;
  const match = CLOUD_UPLOAD.exec(fileId);
  if (!match || match[1] !== caller.unitId || match[2] !== kind) return null;
  // The app put the file into cloud storage itself: this is where the server first meets the upload.
  const principal = await ports.identity.principal();
  await spendRateToken(ports, 'upload', principal, caller);
  const reader = await ports.files.open(fileId);
  if (!reader) return null;
  const unitId = match[1];
  try {
    await assertRoomFor(ports, unitId, reader.size);
  } catch (error) {
    // Past the unit's quota the file the app stored is not kept either.
    await ports.files.remove(fileId);
    throw error;
  }
  const record = {
    fileId,
    kind,
    ownerId: caller.userId,
    unitId: caller.unitId,
    originalName: fileId.split('/').pop() ?? '',
    size: reader.size,
    createdAt: ports.clock.now().toISOString(),
  };
  await ports.db.transaction(async (tx) => {
    await tx.uploads.put(record);
    await tx.storedFiles.put(uploadEntry(ports, unitId, fileId, record.size, record.createdAt));
  });
  return record;
}

/** An upload's ledger row: counted in its unit's quota, looked at after 24 h (removed unless a nomination uses it). */
const uploadEntry = (ports: Ports, unitId: string, fileId: string, size: number, createdAt: string): StoredFileRecord => ({
  fileId,
  kind: 'upload',
  campaignId: ports.settings.campaignId,
  owner: unitId,
  size,
  createdAt,
  reviewAt: unattachedUploadCheck(createdAt),
});
