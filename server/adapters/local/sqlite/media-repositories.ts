import type { Statements } from './statement-cache';
import type { MediaRecord, Repositories, UploadRecord } from '../../../core/repositories';

interface MediaRow {
  id: string;
  nomination_id: string;
  kind: string;
  file_id: string;
  position: number;
  ok: number;
  measured: string;
  verdict: string;
  created_at: string;
}

const toMedia = (r: MediaRow): MediaRecord => ({
  id: r.id,
  nominationId: r.nomination_id,
  kind: r.kind as MediaRecord['kind'],
  fileId: r.file_id,
  position: r.position,
  ok: r.ok === 1,
  measured: JSON.parse(r.measured) as MediaRecord['measured'],
  verdict: JSON.parse(r.verdict) as MediaRecord['verdict'],
  createdAt: r.created_at,
});

export function mediaRepository(db: Statements): Repositories['media'] {
  return {
    async forNomination(nominationId) {
      const rows = db
        .prepare('SELECT * FROM media WHERE nomination_id = ? ORDER BY kind, position, created_at')
        .all(nominationId) as MediaRow[];
      return rows.map(toMedia);
    },
    async findByTraceId(traceId) {
      const row = db.prepare("SELECT * FROM media WHERE json_extract(verdict, '$.contentCheck.traceId') = ?").get(traceId) as
        | MediaRow
        | undefined;
      return row ? toMedia(row) : null;
    },
    async get(id) {
      const row = db.prepare('SELECT * FROM media WHERE id = ?').get(id) as MediaRow | undefined;
      return row ? toMedia(row) : null;
    },
    async put(m) {
      db.prepare(
        `INSERT INTO media (id, nomination_id, kind, file_id, position, ok, measured, verdict, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET position = excluded.position, ok = excluded.ok,
         measured = excluded.measured, verdict = excluded.verdict`,
      ).run(
        m.id,
        m.nominationId,
        m.kind,
        m.fileId,
        m.position,
        m.ok ? 1 : 0,
        JSON.stringify(m.measured),
        JSON.stringify(m.verdict),
        m.createdAt,
      );
    },
    async remove(id) {
      db.prepare('DELETE FROM media WHERE id = ?').run(id);
    },
  };
}

export function uploadRepository(db: Statements): Repositories['uploads'] {
  return {
    async get(fileId) {
      const row = db.prepare('SELECT * FROM uploads WHERE file_id = ?').get(fileId) as Record<string, unknown> | undefined;
      if (!row) return null;
      return {
        fileId: String(row.file_id),
        kind: row.kind as UploadRecord['kind'],
        ownerId: String(row.owner_id),
        unitId: row.unit_id === null ? null : String(row.unit_id),
        originalName: String(row.original_name),
        size: Number(row.size),
        createdAt: String(row.created_at),
      };
    },
    async put(u) {
      db.prepare(
        `INSERT INTO uploads (file_id, kind, owner_id, unit_id, original_name, size, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(u.fileId, u.kind, u.ownerId, u.unitId, u.originalName, u.size, u.createdAt);
    },
  };
}
