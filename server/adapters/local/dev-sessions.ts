import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Identity } from '../../core/ports';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Development sign-in of the local runtime: a bearer token per demo user. Never bundled for WeChat. */
export function devSessions(db: Database.Database) {
  // Prepared once: `identityFor` runs at every request.
  const insert = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at) VALUES (?, ?, ?)');
  const find = db.prepare('SELECT user_id FROM sessions WHERE token_hash = ?');
  return {
    create(userId: string, now: Date): string {
      const token = randomBytes(24).toString('base64url');
      insert.run(hash(token), userId, now.toISOString());
      return token;
    },
    /** The Identity port for one request carrying `token` (or none). */
    identityFor(token: string | null): Identity {
      return {
        async principal() {
          if (!token) return { externalId: null, userId: null, source: 'local' };
          const row = find.get(hash(token)) as { user_id: string } | undefined;
          return row
            ? { externalId: `dev:${row.user_id}`, userId: row.user_id, source: 'local' }
            : { externalId: null, userId: null, source: 'local' };
        },
      };
    },
  };
}
