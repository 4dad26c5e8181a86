import type Database from 'better-sqlite3';
import type { BucketState, Db, RateBuckets } from '../../../core/ports';

/**
 * The rate limits' buckets in SQLite. Each spend runs as one of the Db's queued write
 * transactions, so the read and the write of a bucket are never split by another call.
 */
export function sqliteRateBuckets(db: Db, writer: Database.Database): RateBuckets {
  const read = writer.prepare('SELECT tokens, at FROM rate_buckets WHERE key = ? AND kind = ?');
  const write = writer.prepare(
    'INSERT INTO rate_buckets (key, kind, tokens, at) VALUES (?, ?, ?, ?) ON CONFLICT (key, kind) DO UPDATE SET tokens = excluded.tokens, at = excluded.at',
  );
  return {
    spend: (key, kind, step) =>
      db.transaction(async () => {
        const next = step((read.get(key, kind) as BucketState | undefined) ?? null);
        if (next) write.run(key, kind, next.tokens, next.at);
      }),
  };
}
