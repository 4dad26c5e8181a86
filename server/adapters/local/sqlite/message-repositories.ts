import type Database from 'better-sqlite3';
import type { InboxItem, OutboxItem, Repositories } from '../../../core/repositories';

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

export function inboxRepository(db: Database.Database): Repositories['inbox'] {
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

interface OutboxRow {
  id: string;
  event_key: string;
  user_id: string;
  template: string;
  data: string;
  page: string | null;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
}

const toOutbox = (r: OutboxRow): OutboxItem => ({
  id: r.id,
  eventKey: r.event_key,
  userId: r.user_id,
  template: r.template,
  data: JSON.parse(r.data) as Record<string, string>,
  page: r.page,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  sentAt: r.sent_at,
  lastError: r.last_error,
});

export function outboxRepository(db: Database.Database): Repositories['outbox'] {
  return {
    async enqueue(item) {
      db.prepare(
        `INSERT INTO outbox (id, event_key, user_id, template, data, page, attempts, next_attempt_at, sent_at, last_error)
         VALUES (@id, @eventKey, @userId, @template, @data, @page, @attempts, @nextAttemptAt, @sentAt, @lastError)
         ON CONFLICT(event_key) DO NOTHING`,
      ).run({ ...item, data: JSON.stringify(item.data) });
    },
    async due(now, limit) {
      const rows = db
        .prepare('SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?')
        .all(now, limit) as OutboxRow[];
      return rows.map(toOutbox);
    },
    async markSent(id, at) {
      db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?').run(at, id);
    },
    async markFailed(id, error, nextAttemptAt) {
      db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?').run(
        error,
        nextAttemptAt,
        id,
      );
    },
  };
}
