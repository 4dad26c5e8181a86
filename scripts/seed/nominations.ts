import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../../domain/audit/actions';
import type { NominationFormDraft } from '../../domain/form/nomination-form';
import type { NominationStatus } from '../../domain/status/machine';
import { nominationId } from '../../server/core/nomination-service';
import type { Repositories, UnitType } from '../../server/core/repositories';
import type { LocalRuntime } from '../../server/local/runtime';
import { demoForm } from './demo-form';

const UNIT_TYPES: UnitType[] = ['district', 'society', 'foundation', 'grassroots'];
// Every status an export covers, and two it leaves out.
export const ALL_STATUSES: NominationStatus[] = [
  'submitted',
  'accepted',
  'scored',
  'recommended',
  'not_recommended',
  'returned',
  'draft',
  'withdrawn',
];
// The audited steps that lead to each status (after `create`), as the functions would have written them.
const TRAIL: Record<NominationStatus, [action: AuditAction, to: NominationStatus][]> = {
  draft: [],
  withdrawn: [['withdraw', 'withdrawn']],
  submitted: [['submit', 'submitted']],
  returned: [
    ['submit', 'submitted'],
    ['return', 'returned'],
  ],
  accepted: [
    ['submit', 'submitted'],
    ['accept', 'accepted'],
  ],
  scored: [
    ['submit', 'submitted'],
    ['accept', 'accepted'],
    ['score', 'scored'],
  ],
  recommended: [
    ['submit', 'submitted'],
    ['accept', 'accepted'],
    ['score', 'scored'],
    ['decide', 'recommended'],
  ],
  not_recommended: [
    ['submit', 'submitted'],
    ['accept', 'accepted'],
    ['score', 'scored'],
    ['decide', 'not_recommended'],
  ],
};

const ACTORS: Record<string, string> = { return: 'staff-1', accept: 'staff-1', score: 'expert-1', decide: 'admin-1' };

export interface SeededUnit {
  unitId: string;
  unitName: string;
  contactId: string;
}

const unitIdOf = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(4, '0')}`;

/** New recommending units `<prefix>-0001` … with (when `contacts`) a contact each, `contact-<unitId>`. */
async function putUnit(tx: Repositories, prefix: string, i: number, contacts: boolean): Promise<SeededUnit> {
  const unitId = unitIdOf(prefix, i);
  const unit = { id: unitId, name: `测试推荐单位${i + 1}`, type: UNIT_TYPES[i % UNIT_TYPES.length] };
  await tx.units.put(unit);
  const contactId = `contact-${unitId}`;
  if (contacts && !(await tx.users.get(contactId))) {
    await tx.users.put({ id: contactId, role: 'contact', name: `联系人${i + 1}`, unitId, externalId: null });
  }
  return { unitId, unitName: unit.name, contactId };
}

/** Units `from` … `from + count - 1` of the prefix, each with its contact, in one transaction. */
export async function seedUnits(runtime: LocalRuntime, options: { count: number; prefix: string; from?: number }): Promise<SeededUnit[]> {
  const from = options.from ?? 0;
  return runtime.portsFor(null).db.transaction(async (tx) => {
    const units: SeededUnit[] = [];
    for (let i = from; i < from + options.count; i++) units.push(await putUnit(tx, options.prefix, i, true));
    return units;
  });
}

export interface Seeded extends SeededUnit {
  id: string;
  name: string;
  status: NominationStatus;
  photos: Uint8Array[];
  video: Uint8Array | null;
}

export interface SeedOptions {
  count: number;
  /** Nomination statuses in turn; default: every status, drafts and withdrawn ones included. */
  statuses?: NominationStatus[];
  media: { photos: Uint8Array[]; video: Uint8Array | null };
  /** Prefix of the new units' ids, so two seedings in one database do not collide. */
  prefix?: string;
  /** The i-th nomination's form; default: the i-th demo candidate. */
  form?: (i: number) => NominationFormDraft;
  /** Also a contact per new unit, to sign in as. */
  contacts?: boolean;
}

async function putMedia(runtime: LocalRuntime, unitId: string, media: SeedOptions['media']) {
  const { files } = runtime.portsFor(null);
  const photos = await Promise.all(media.photos.map((bytes, k) => files.put(`uploads/${unitId}/photo-${k}.jpg`, bytes)));
  const video = media.video ? await files.put(`uploads/${unitId}/video-0.mp4`, media.video) : null;
  return [...photos.map((f, k) => ({ f, kind: 'photo' as const, k })), ...(video ? [{ f: video, kind: 'video' as const, k: 0 }] : [])];
}

async function putScores(tx: Repositories, id: string, i: number, at: string) {
  const base = 60 + (i % 40);
  const scores = { political: base, achievements: base, influence: base, materials: base };
  await tx.scores.put({ nominationId: id, expertId: 'expert-1', state: 'final', scores, comment: null, updatedAt: at });
  const second =
    i % 2 === 0 ? { state: 'final' as const, scores: { ...scores, achievements: 100 } } : { state: 'abstained' as const, scores: {} };
  await tx.scores.put({ nominationId: id, expertId: 'expert-2', ...second, comment: null, updatedAt: at });
}

/**
 * Units, nominations with their audit trail, stored media files (with their upload records) and
 * expert scores, written straight through the repositories and the Files port: what the functions
 * would have written, without their checks, so hundreds take seconds.
 */
export async function seedNominations(runtime: LocalRuntime, options: SeedOptions): Promise<Seeded[]> {
  const { db } = runtime.portsFor(null);
  const statuses = options.statuses ?? ALL_STATUSES;
  const now = runtime.clock.now().getTime();
  const prefix = options.prefix ?? 'seed';
  const seeded: Seeded[] = [];
  for (let i = 0; i < options.count; i++) {
    const status = statuses[i % statuses.length];
    const at = new Date(now - i * 60_000).toISOString();
    const form = options.form?.(i) ?? demoForm(i);
    const unitId = unitIdOf(prefix, i);
    const files = await putMedia(runtime, unitId, options.media);
    const id = nominationId(runtime.campaign.id, unitId);
    const unit = await db.transaction(async (tx) => {
      const unit = await putUnit(tx, prefix, i, options.contacts ?? false);
      const paper = i % 3 === 0 ? { copies: 2, receivedOn: at.slice(0, 10), recordedBy: 'staff-1', at } : null;
      const submittedAt = status === 'draft' ? null : at;
      await tx.nominations.insert({
        id,
        campaignId: runtime.campaign.id,
        unitId,
        status,
        version: 3,
        form,
        createdAt: at,
        updatedAt: at,
        submittedAt,
        review: { paper },
      });
      await tx.audit.append({ nominationId: id, actorId: unit.contactId, at, action: 'create', fromStatus: null, toStatus: 'draft' });
      let from: NominationStatus = 'draft';
      for (const [action, to] of TRAIL[status]) {
        const actorId = ACTORS[action] ?? unit.contactId;
        await tx.audit.append({ nominationId: id, actorId, at, action, fromStatus: from, toStatus: to });
        from = to;
      }
      for (const { f, kind, k } of files) {
        const upload = {
          fileId: f.fileId,
          kind,
          ownerId: unit.contactId,
          unitId,
          originalName: f.fileId.split('/').pop() ?? '',
          size: f.size,
          createdAt: at,
        };
        await tx.uploads.put(upload);
        const verdict = { ok: true, reasons: [] };
        await tx.media.put({
          id: randomUUID(),
          nominationId: id,
          kind,
          fileId: f.fileId,
          position: k,
          ok: true,
          measured: {},
          verdict,
          createdAt: at,
        });
      }
      if (['scored', 'recommended', 'not_recommended'].includes(status)) await putScores(tx, id, i, at);
      return unit;
    });
    seeded.push({ ...unit, id, name: form.name ?? '', status, photos: options.media.photos, video: options.media.video });
  }
  return seeded;
}
