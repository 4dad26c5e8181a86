import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Clock, Identity } from '../../core/ports';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A dev sign-in lasts a working day; then the app asks to sign in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Sessions remembered in memory; past it the oldest is forgotten (and looked up again if it comes back). */
const MAX_CACHED = 10_000;

/** Development sign-in of the local runtime: a bearer token per demo user, valid for SESSION_TTL_MS. Never bundled for WeChat. */
export function devSessions(db: Database.Database, clock: Clock, ttlMs = SESSION_TTL_MS) {
  // Prepared once: `identityFor` runs at every request.
  const insert = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at) VALUES (?, ?, ?)');
  const find = db.prepare('SELECT user_id, created_at FROM sessions WHERE token_hash = ? AND created_at > ?');
  const oldest = () => new Date(clock.now().getTime() - ttlMs).toISOString();
  /**
   * Known sessions by token, so a request costs neither a hash nor a query. A session ends by sign-out (`end`,
   * which drops it here) or by age (checked at each hit); this runtime is the only process that writes them.
   * Only sessions found are kept (a flood of forged tokens cannot grow it), and at most MAX_CACHED.
   */
  const known = new Map<string, { userId: string; createdAt: string }>();
  const lookup = (token: string) => {
    const cached = known.get(token);
    if (cached) {
      if (cached.createdAt > oldest()) return cached.userId;
      known.delete(token);
      return null;
    }
    const row = find.get(hash(token), oldest()) as { user_id: string; created_at: string } | undefined;
    if (!row) return null;
    if (known.size >= MAX_CACHED) known.delete(known.keys().next().value as string);
    known.set(token, { userId: row.user_id, createdAt: row.created_at });
    return row.user_id;
  };
  return {
    create(userId: string, now: Date): string {
      const token = randomBytes(24).toString('base64url');
      insert.run(hash(token), userId, now.toISOString());
      return token;
    },
    /** Ends the session of this token (sign-out); unknown tokens are fine. */
    end(token: string): void {
      known.delete(token);
      db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash(token));
    },
    /** The Identity port for one request carrying `token` (or none). */
    identityFor(token: string | null): Identity {
      return {
        async principal() {
          if (!token) return { externalId: null, userId: null, source: 'local' };
          const userId = lookup(token);
          return userId ? { externalId: `dev:${userId}`, userId, source: 'local' } : { externalId: null, userId: null, source: 'local' };
        },
      };
    },
  };
}
