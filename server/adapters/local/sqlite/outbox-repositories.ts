import type { Statements } from './statement-cache';
import type { OutboxItem, Repositories } from '../../../core/repositories';

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
  closed_at: string | null;
  outcome: string | null;
  credit_held: number;
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
  closedAt: r.closed_at,
  outcome: r.outcome,
  creditHeld: r.credit_held === 1,
});

const toRow = (item: OutboxItem) => ({ ...item, data: JSON.stringify(item.data), creditHeld: item.creditHeld ? 1 : 0 });

export function outboxRepository(db: Statements): Repositories['outbox'] {
  return {
    async enqueue(item) {
      db.prepare(
        `INSERT INTO outbox (id, event_key, user_id, template, data, page, attempts, next_attempt_at, sent_at, last_error,
           closed_at, outcome, credit_held)
         VALUES (@id, @eventKey, @userId, @template, @data, @page, @attempts, @nextAttemptAt, @sentAt, @lastError,
           @closedAt, @outcome, @creditHeld)
         ON CONFLICT(event_key) DO NOTHING`,
      ).run(toRow(item));
    },
    async due(now, limit) {
      const rows = db
        .prepare('SELECT * FROM outbox WHERE closed_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?')
        .all(now, limit) as OutboxRow[];
      return rows.map(toOutbox);
    },
    async get(id) {
      const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
      return row ? toOutbox(row) : null;
    },
    async put(item) {
      db.prepare(
        `UPDATE outbox SET attempts = @attempts, next_attempt_at = @nextAttemptAt, sent_at = @sentAt, last_error = @lastError,
           closed_at = @closedAt, outcome = @outcome, credit_held = @creditHeld WHERE id = @id`,
      ).run(toRow(item));
    },
  };
}

export function creditRepository(db: Statements): Repositories['credits'] {
  return {
    async get(userId, key) {
      const row = db.prepare('SELECT credits FROM subscribe_credits WHERE user_id = ? AND template_key = ?').get(userId, key) as
        | { credits: number }
        | undefined;
      return row?.credits ?? 0;
    },
    async forUser(userId) {
      const rows = db.prepare('SELECT template_key, credits FROM subscribe_credits WHERE user_id = ?').all(userId) as {
        template_key: string;
        credits: number;
      }[];
      return Object.fromEntries(rows.map((r) => [r.template_key, r.credits]));
    },
    async set(userId, key, credits, at) {
      db.prepare(
        `INSERT INTO subscribe_credits (user_id, template_key, credits, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(user_id, template_key) DO UPDATE SET credits = excluded.credits, updated_at = excluded.updated_at`,
      ).run(userId, key, credits, at);
    },
  };
}
