import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Clock, Identity } from '../../core/ports';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A dev sign-in lasts a working day; then the app asks to sign in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Development sign-in of the local runtime: a bearer token per demo user, valid for SESSION_TTL_MS. Never bundled for WeChat. */
export function devSessions(db: Database.Database, clock: Clock, ttlMs = SESSION_TTL_MS) {
  // Prepared once: `identityFor` runs at every request.
  const insert = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at) VALUES (?, ?, ?)');
  const find = db.prepare('SELECT user_id FROM sessions WHERE token_hash = ? AND created_at > ?');
  const oldest = () => new Date(clock.now().getTime() - ttlMs).toISOString();
  return {
    create(userId: string, now: Date): string {
      const token = randomBytes(24).toString('base64url');
      insert.run(hash(token), userId, now.toISOString());
      return token;
    },
    /** Ends the session of this token (sign-out); unknown tokens are fine. */
    end(token: string): void {
      db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash(token));
    },
    /** The Identity port for one request carrying `token` (or none). */
    identityFor(token: string | null): Identity {
      return {
        async principal() {
          if (!token) return { externalId: null, userId: null, source: 'local' };
          const row = find.get(hash(token), oldest()) as { user_id: string } | undefined;
          return row
            ? { externalId: `dev:${row.user_id}`, userId: row.user_id, source: 'local' }
            : { externalId: null, userId: null, source: 'local' };
        },
      };
    },
  };
}
