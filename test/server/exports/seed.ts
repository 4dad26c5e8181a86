import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { NominationStatus } from '../../../domain/status/machine';
import { nominationId } from '../../../server/core/nomination-service';
import type { UnitType } from '../../../server/core/repositories';
import type { LocalRuntime } from '../../../server/local/runtime';
import { VALID_FORM } from '../support/nominations';

const repoRoot = path.resolve(__dirname, '../../..');
export const MEDIA_DIR = path.resolve(repoRoot, '../shared/fixtures/media');

/** Small real files: two JPEG photos and an H.264 MP4. */
export const SMALL_MEDIA = {
  photos: ['exiftool_exiftool__Apple.jpg', 'exiftool_exiftool__Canon.jpg'],
  video: 'androidx_media__silent-black-10s.mp4',
};

export const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(MEDIA_DIR, name)));

const UNIT_TYPES: UnitType[] = ['district', 'society', 'foundation', 'grassroots'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀英', '桂兰', '玉梅', '晓红'];
// Every status an export covers, and two it leaves out.
const STATUSES: NominationStatus[] = [
  'submitted',
  'accepted',
  'scored',
  'recommended',
  'not_recommended',
  'returned',
  'draft',
  'withdrawn',
];

export interface Seeded {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  status: NominationStatus;
  photos: Uint8Array[];
  video: Uint8Array | null;
}

export interface SeedOptions {
  count: number;
  /** Nomination statuses in turn; default: every status, drafts and withdrawn ones included. */
  statuses?: NominationStatus[];
  /** Fixture names, or bytes of their own (the bench's large synthetic video). */
  media?: { photos: (string | Uint8Array)[]; video: string | Uint8Array | null };
  /** Prefix of the new units' ids, so two seedings in one database do not collide. */
  prefix?: string;
}

/** Units, nominations, stored media files and expert scores written straight through the repositories and the Files port. */
export async function seedNominations(runtime: LocalRuntime, options: SeedOptions): Promise<Seeded[]> {
  const ports = runtime.portsFor(null);
  const media = options.media ?? SMALL_MEDIA;
  const bytesOf = (file: string | Uint8Array) => (typeof file === 'string' ? fixture(file) : file);
  const photos = media.photos.map(bytesOf);
  const video = media.video === null ? null : bytesOf(media.video);
  const statuses = options.statuses ?? STATUSES;
  const now = runtime.clock.now().getTime();
  const seeded: Seeded[] = [];
  for (let i = 0; i < options.count; i++) {
    const unitId = `${options.prefix ?? 'seed'}-${String(i + 1).padStart(4, '0')}`;
    const unit = { id: unitId, name: `测试推荐单位${i + 1}`, type: UNIT_TYPES[i % UNIT_TYPES.length] };
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`;
    const status = statuses[i % statuses.length];
    const at = new Date(now - i * 60_000).toISOString();
    const stored = await Promise.all(photos.map((bytes, k) => ports.files.put(`uploads/${unitId}/photo-${k}.jpg`, bytes)));
    const storedVideo = video ? await ports.files.put(`uploads/${unitId}/video-0.mp4`, video) : null;
    const id = nominationId(runtime.campaign.id, unitId);
    await ports.db.transaction(async (tx) => {
      await tx.units.put(unit);
      await tx.nominations.insert({
        id,
        campaignId: runtime.campaign.id,
        unitId,
        status,
        version: 3,
        form: { ...VALID_FORM, name, phone: `139${String(10_000_000 + i).slice(-8)}` },
        createdAt: at,
        updatedAt: at,
        submittedAt: status === 'draft' ? null : at,
        review: { paper: i % 3 === 0 ? { copies: 2, receivedOn: at.slice(0, 10), recordedBy: 'staff-1', at } : null },
      });
      const files = [
        ...stored.map((f, k) => ({ f, kind: 'photo' as const, k })),
        ...(storedVideo ? [{ f: storedVideo, kind: 'video' as const, k: 0 }] : []),
      ];
      for (const { f, kind, k } of files) {
        await tx.media.put({
          id: randomUUID(),
          nominationId: id,
          kind,
          fileId: f.fileId,
          position: k,
          ok: true,
          measured: {},
          verdict: { ok: true, reasons: [] },
          createdAt: at,
        });
      }
      if (['scored', 'recommended', 'not_recommended'].includes(status)) {
        const base = 60 + (i % 40);
        const scores = { political: base, achievements: base, influence: base, materials: base };
        await tx.scores.put({ nominationId: id, expertId: 'expert-1', state: 'final', scores, comment: null, updatedAt: at });
        const second =
          i % 2 === 0 ? { state: 'final' as const, scores: { ...scores, achievements: 100 } } : { state: 'abstained' as const, scores: {} };
        await tx.scores.put({ nominationId: id, expertId: 'expert-2', ...second, comment: null, updatedAt: at });
      }
    });
    seeded.push({ id, unitId, unitName: unit.name, name, status, photos, video });
  }
  return seeded;
}

/** Whether the export covers a nomination in this status (drafts and withdrawn ones stay out). */
export const exported = (s: Seeded) => s.status !== 'draft' && s.status !== 'withdrawn';
