import type { Repositories, StoredFileRecord } from '../../../core/repositories';
import type { Statements } from './statement-cache';

interface Row {
  file_id: string;
  kind: StoredFileRecord['kind'];
  campaign_id: string;
  owner: string;
  size: number;
  created_at: string;
  review_at: string | null;
  seen_attached: number;
}

const fromRow = (r: Row): StoredFileRecord => ({
  fileId: r.file_id,
  kind: r.kind,
  campaignId: r.campaign_id,
  owner: r.owner,
  size: r.size,
  createdAt: r.created_at,
  reviewAt: r.review_at,
  ...(r.seen_attached ? { seenAttached: true } : {}),
});

export function storedFileRepository(db: Statements): Repositories['storedFiles'] {
  return {
    async put(f) {
      db.prepare(
        `INSERT INTO stored_files (file_id, kind, campaign_id, owner, size, created_at, review_at, seen_attached) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(file_id) DO UPDATE SET kind = excluded.kind, campaign_id = excluded.campaign_id, owner = excluded.owner,
           size = excluded.size, created_at = excluded.created_at, review_at = excluded.review_at, seen_attached = excluded.seen_attached`,
      ).run(f.fileId, f.kind, f.campaignId, f.owner, f.size, f.createdAt, f.reviewAt, f.seenAttached ? 1 : 0);
    },
    async remove(fileId) {
      db.prepare('DELETE FROM stored_files WHERE file_id = ?').run(fileId);
    },
    async byOwner(kind, owner) {
      return (db.prepare('SELECT * FROM stored_files WHERE kind = ? AND owner = ? ORDER BY created_at').all(kind, owner) as Row[]).map(
        fromRow,
      );
    },
    async forCampaign(campaignId, kind) {
      const rows = db.prepare('SELECT * FROM stored_files WHERE campaign_id = ? AND kind = ? ORDER BY created_at').all(campaignId, kind);
      return (rows as Row[]).map(fromRow);
    },
    async due(now, limit) {
      const rows = db.prepare('SELECT * FROM stored_files WHERE review_at <= ? ORDER BY review_at LIMIT ?').all(now, limit);
      return (rows as Row[]).map(fromRow);
    },
  };
}
