/** Writes that change a nomination's version. */
export type VersionedWrite = 'saveDraft' | 'submit' | 'withdraw' | 'accept' | 'return';

export interface PendingWrite {
  action: VersionedWrite | 'upload' | 'check' | 'remove';
  deeds?: string;
  kind?: 'photo' | 'video';
  mediaId?: string;
}

/** What the clients know the server committed for one unit: acknowledged writes, and writes still in flight. */
export interface UnitLedger {
  /** The highest acknowledged version, its status, and the deeds of the highest acknowledged saveDraft. */
  version: number;
  status: string | null;
  deeds: string | null;
  deedsVersion: number;
  /** Media ids acknowledged by `media.check` and not since removed by an acknowledged write. */
  media: Map<string, 'photo' | 'video'>;
  /** Acknowledged uploads' file ids. */
  uploads: Set<string>;
  pending: Set<PendingWrite>;
  acks: number;
}

export function newLedger(): UnitLedger {
  return { version: 0, status: null, deeds: null, deedsVersion: 0, media: new Map(), uploads: new Set(), pending: new Set(), acks: 0 };
}

export function ackVersion(ledger: UnitLedger, write: { version: number; status: string; deeds?: string }) {
  ledger.acks++;
  if (write.version > ledger.version) {
    ledger.version = write.version;
    ledger.status = write.status;
  }
  if (write.deeds !== undefined && write.version > ledger.deedsVersion) {
    ledger.deeds = write.deeds;
    ledger.deedsVersion = write.version;
  }
}

export function ackMedia(ledger: UnitLedger, mediaId: string, kind: 'photo' | 'video') {
  ledger.acks++;
  // One video: an acknowledged new one replaced the old.
  if (kind === 'video') for (const [id, k] of ledger.media) if (k === 'video') ledger.media.delete(id);
  ledger.media.set(mediaId, kind);
}

/** Runs one write, in flight in the ledger until it is answered; a write that never got an answer stays pending. */
export async function tracked<T>(ledger: UnitLedger, write: PendingWrite, send: () => Promise<T>): Promise<T> {
  ledger.pending.add(write);
  const answer = await send();
  ledger.pending.delete(write);
  return answer;
}

/** Media ids whose removal may have happened without an answer (a pending remove, or a pending video that replaces the old). */
export function maybeRemoved(ledger: UnitLedger): Set<string> {
  const gone = new Set<string>();
  for (const p of ledger.pending) {
    if (p.action === 'remove' && p.mediaId) gone.add(p.mediaId);
    if (p.action === 'check' && p.kind === 'video') for (const [id, k] of ledger.media) if (k === 'video') gone.add(id);
  }
  return gone;
}

/** After a restart, what the server holds is the new starting point: nothing is in flight any more. */
export function resync(
  ledger: UnitLedger,
  view: { version: number; status: string; form: { deeds?: string }; photos: { id: string }[]; video: { id: string } | null } | null,
) {
  ledger.version = view?.version ?? 0;
  ledger.status = view?.status ?? null;
  ledger.deeds = view?.form.deeds ?? null;
  ledger.deedsVersion = ledger.version;
  ledger.media = new Map([
    ...(view?.photos ?? []).map((m) => [m.id, 'photo'] as const),
    ...(view?.video ? [[view.video.id, 'video'] as const] : []),
  ]);
  ledger.pending.clear();
}
