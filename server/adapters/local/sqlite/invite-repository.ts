import type { Statements } from './statement-cache';
import type { Role } from '../../../../domain/status/machine';
import type { InviteRecord, Repositories } from '../../../core/repositories';

interface InviteRow {
  code: string;
  role: string;
  unit_id: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_by: string | null;
  used_at: string | null;
  revoked_at: string | null;
}

const toInvite = (r: InviteRow): InviteRecord => ({
  code: r.code,
  role: r.role as Role,
  unitId: r.unit_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedBy: r.used_by,
  usedAt: r.used_at,
  revokedAt: r.revoked_at,
});

export function inviteRepository(db: Statements): Repositories['invites'] {
  return {
    async get(code) {
      const row = db.prepare('SELECT * FROM invites WHERE code = ?').get(code) as InviteRow | undefined;
      return row ? toInvite(row) : null;
    },
    async put(i) {
      db.prepare(
        `INSERT INTO invites (code, role, unit_id, created_by, created_at, expires_at, used_by, used_at, revoked_at)
         VALUES (@code, @role, @unitId, @createdBy, @createdAt, @expiresAt, @usedBy, @usedAt, @revokedAt)
         ON CONFLICT(code) DO UPDATE SET used_by = excluded.used_by, used_at = excluded.used_at, revoked_at = excluded.revoked_at`,
      ).run(i);
    },
    async list() {
      return (db.prepare('SELECT * FROM invites ORDER BY created_at DESC').all() as InviteRow[]).map(toInvite);
    },
  };
}
