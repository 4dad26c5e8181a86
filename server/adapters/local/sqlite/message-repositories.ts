import type { Statements } from './statement-cache';
import type { InboxItem, Repositories } from '../../../core/repositories';

interface InboxRow {
  id: string;
  user_id: string;
  event_key: string;
  title: string;
  body: string;
  page: string | null;
  created_at: string;
  read_at: string | null;
}

const toInbox = (r: InboxRow): InboxItem => ({
  id: r.id,
  userId: r.user_id,
  eventKey: r.event_key,
  title: r.title,
  body: r.body,
  page: r.page,
  createdAt: r.created_at,
  readAt: r.read_at,
});

export function inboxRepository(db: Statements): Repositories['inbox'] {
  return {
    async add(item) {
      db.prepare(
        `INSERT INTO inbox (id, user_id, event_key, title, body, page, created_at, read_at)
         VALUES (@id, @userId, @eventKey, @title, @body, @page, @createdAt, @readAt)
         ON CONFLICT(user_id, event_key) DO NOTHING`,
      ).run(item);
    },
    async list(userId, limit) {
      const rows = db
        .prepare('SELECT * FROM inbox WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?')
        .all(userId, limit) as InboxRow[];
      return rows.map(toInbox);
    },
    async unreadCount(userId) {
      const row = db.prepare('SELECT COUNT(*) AS n FROM inbox WHERE user_id = ? AND read_at IS NULL').get(userId) as {
        n: number;
      };
      return row.n;
    },
    async markRead(userId, ids, at) {
      if (ids === 'all') {
        return db.prepare('UPDATE inbox SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(at, userId).changes;
      }
      const mark = db.prepare('UPDATE inbox SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL');
      return ids.reduce((n, id) => n + mark.run(at, userId, id).changes, 0);
    },
  };
}
