import { createHash } from 'node:crypto';
import type { FunctionName } from '../../../domain/api/envelope';
import { resolveCaller } from '../../../server/core/caller';
import { storeUpload } from '../../../server/core/uploads';
import { FUNCTIONS } from '../../../server/functions';
import { tableNames, tableRows } from '../support/db-snapshot';
import { dataOf, type Harness } from '../support/harness';
import { CONTACT, draft, submitted } from '../support/nominations';
import type { FuzzContext } from './valid-events';

/** Every kind of caller: signed out, a unit's contact and each reviewer role. */
export const ROLES = { 'signed out': null, contact: CONTACT, staff: 'staff-1', expert: 'expert-1', admin: 'admin-1' } as const;

/**
 * Calls a handler with any value at all as the event (the harness' `call` takes only objects).
 * The sessions are made up front: signing in writes, and the fuzzer checks that refusals do not.
 */
export function rawCaller(h: Harness) {
  const tokens = new Map<string, string>(
    Object.values(ROLES).flatMap((id) => (id ? [[id, h.runtime.sessions.create(id, h.runtime.clock.now())] as const] : [])),
  );
  return (as: string | null, fn: FunctionName, event: unknown) =>
    FUNCTIONS[fn].handle(event, h.runtime.portsFor(as ? (tokens.get(as) ?? null) : null));
}

/**
 * A submitted nomination for the reviewers, a draft with a photo and an upload for the contact, an
 * invite. Answers a function that reads the versions as they are now, so valid events stay valid
 * while the fuzzed calls move the records on.
 */
export async function seedFuzzContext(h: Harness): Promise<() => Promise<FuzzContext>> {
  const other = await submitted(h, 'contact-district-xicheng');
  const made = await draft(h);
  const ports = h.runtime.portsFor(h.runtime.sessions.create(CONTACT, h.runtime.clock.now()));
  const caller = await resolveCaller(ports);
  const { fileId } = await storeUpload(ports, caller, 'photo', 'a.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  const mediaId = 'fuzz-photo-1';
  await ports.db.transaction((tx) =>
    tx.media.put({
      id: mediaId,
      nominationId: made.id,
      kind: 'photo',
      fileId,
      position: 0,
      ok: true,
      measured: { container: 'jpeg' },
      verdict: { ok: true, reasons: [] },
      createdAt: new Date().toISOString(),
    }),
  );
  const invite = dataOf(await h.call<{ code: string }>('admin-1', 'auth', { action: 'createInvite', role: 'expert' }));
  const read = h.runtime.portsFor(null).db.read;
  const versionOf = async (id: string) => (await read.nominations.get(id))?.version ?? 0;
  return async () => ({
    nominationId: other.id,
    version: await versionOf(other.id),
    draftVersion: await versionOf(made.id),
    mediaId,
    fileId,
    inviteCode: invite.code,
  });
}

// A write attempt spends a rate-limit token even when the action then refuses: that is the limit's job.
const NOT_DATA = new Set(['rate_buckets']);

/** Rows in every data table: a refused call must leave all of them as they were. */
export function rowCounts(h: Harness): Record<string, number> {
  const db = h.runtime.connections.writer;
  return Object.fromEntries(tableNames(db, NOT_DATA).map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

/** Limits no fuzzer reaches: it sends thousands of writes as one user, and is not testing the limits. */
export const FUZZ_RATE_LIMITS = { write: { burst: 1e9, everySec: 1 }, upload: { burst: 1e9, everySec: 1 } };

/**
 * A digest of every row of every table but the rate-limit buckets, recomputed only after a commit
 * (so the fuzzer pays for it only when something was written).
 */
export function dataDigest(h: Harness): () => string {
  let mark = -1;
  let digest = '';
  return () => {
    const now = commitMark(h);
    if (now === mark) return digest;
    const hash = createHash('sha256');
    for (const [t, rows] of Object.entries(tableRows(h, NOT_DATA))) hash.update(`${t}\n${JSON.stringify(rows)}`);
    mark = now;
    digest = hash.digest('hex');
    return digest;
  };
}

/** Changes whenever another connection commits: the reader sees every write of the writer. */
export function commitMark(h: Harness): number {
  return h.runtime.connections.reader.pragma('data_version', { simple: true }) as number;
}
