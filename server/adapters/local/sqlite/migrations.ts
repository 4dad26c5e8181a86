import type Database from 'better-sqlite3';

/** Ordered schema steps; `user_version` records how many have run. Append, never edit. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE campaigns (id TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE units (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL);
  CREATE TABLE unit_deadlines (
    campaign_id TEXT NOT NULL, unit_id TEXT NOT NULL, deadline TEXT NOT NULL,
    PRIMARY KEY (campaign_id, unit_id)
  );
  CREATE TABLE users (
    id TEXT PRIMARY KEY, role TEXT NOT NULL, name TEXT NOT NULL,
    unit_id TEXT REFERENCES units(id), external_id TEXT UNIQUE
  );
  CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL);
  CREATE TABLE nominations (
    id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, unit_id TEXT NOT NULL REFERENCES units(id),
    status TEXT NOT NULL, version INTEGER NOT NULL, form TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, submitted_at TEXT, review TEXT NOT NULL DEFAULT '{}',
    UNIQUE (campaign_id, unit_id)
  );
  CREATE TABLE scores (
    nomination_id TEXT NOT NULL REFERENCES nominations(id), expert_id TEXT NOT NULL, state TEXT NOT NULL,
    scores TEXT NOT NULL, comment TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (nomination_id, expert_id)
  );
  CREATE INDEX nominations_by_status ON nominations (campaign_id, status, updated_at);
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, nomination_id TEXT, actor_id TEXT NOT NULL, action TEXT NOT NULL,
    from_status TEXT, to_status TEXT, at TEXT NOT NULL, detail TEXT
  );
  CREATE INDEX audit_by_nomination ON audit_log (nomination_id, seq);
  CREATE TABLE inbox (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, event_key TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
    page TEXT, created_at TEXT NOT NULL, read_at TEXT, UNIQUE (user_id, event_key)
  );
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY, event_key TEXT NOT NULL UNIQUE, user_id TEXT NOT NULL, template TEXT NOT NULL,
    data TEXT NOT NULL, page TEXT, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL,
    sent_at TEXT, last_error TEXT
  );
  CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
  CREATE TABLE sent_messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, external_id TEXT, template TEXT NOT NULL,
    data TEXT NOT NULL, page TEXT, at TEXT NOT NULL
  );
  CREATE TABLE media (
    id TEXT PRIMARY KEY, nomination_id TEXT NOT NULL REFERENCES nominations(id), kind TEXT NOT NULL,
    file_id TEXT NOT NULL, position INTEGER NOT NULL, ok INTEGER NOT NULL, measured TEXT NOT NULL,
    verdict TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE INDEX media_by_nomination ON media (nomination_id, kind, position);
  CREATE TABLE uploads (
    file_id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner_id TEXT NOT NULL, unit_id TEXT,
    original_name TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL
  );
  CREATE TABLE invites (
    code TEXT PRIMARY KEY, role TEXT NOT NULL, unit_id TEXT REFERENCES units(id), created_by TEXT NOT NULL,
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_by TEXT, used_at TEXT, revoked_at TEXT
  );
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  `
  CREATE TABLE export_jobs (
    id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, version INTEGER NOT NULL, phase TEXT NOT NULL, data TEXT NOT NULL
  );
  `,
  // 身份证号 and 联系电话 sealed in the form JSON (sealed = 1), the ID's keyed hash beside it for the duplicate check.
  // Rows written before this step stay sealed = 0 until the boot step (seal-legacy-rows.ts) seals them.
  `
  ALTER TABLE nominations ADD COLUMN id_hash TEXT;
  ALTER TABLE nominations ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX nominations_by_id_hash ON nominations (campaign_id, id_hash);
  `,
  `
  ALTER TABLE outbox ADD COLUMN closed_at TEXT;
  ALTER TABLE outbox ADD COLUMN outcome TEXT;
  ALTER TABLE outbox ADD COLUMN credit_held INTEGER NOT NULL DEFAULT 0;
  UPDATE outbox SET closed_at = sent_at, outcome = 'sent' WHERE sent_at IS NOT NULL;
  DROP INDEX outbox_due;
  CREATE INDEX outbox_open ON outbox (closed_at, next_attempt_at);
  CREATE TABLE subscribe_credits (
    user_id TEXT NOT NULL, template_key TEXT NOT NULL, credits INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, template_key)
  );
  `,
  `
  CREATE TABLE rate_buckets (
    key TEXT NOT NULL, kind TEXT NOT NULL, tokens REAL NOT NULL, at TEXT NOT NULL, PRIMARY KEY (key, kind)
  );
  `,
  `
  ALTER TABLE units ADD COLUMN test INTEGER NOT NULL DEFAULT 0;
  `,
  // The ledger of stored files (printables, export files, uploads), so they can be expired and erased.
  `
  CREATE TABLE stored_files (
    file_id TEXT PRIMARY KEY, kind TEXT NOT NULL, campaign_id TEXT NOT NULL, owner TEXT NOT NULL,
    size INTEGER NOT NULL, created_at TEXT NOT NULL, review_at TEXT, seen_attached INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX stored_files_by_owner ON stored_files (kind, owner);
  CREATE INDEX stored_files_by_campaign ON stored_files (campaign_id, kind);
  CREATE INDEX stored_files_due ON stored_files (review_at);
  `,
  // The experts' assignment (one JSON plan per campaign) and the list's per-expert marks (scores by expert).
  `
  CREATE TABLE review_assignments (campaign_id TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE INDEX scores_by_expert ON scores (expert_id, nomination_id);
  `,
  // The admin deactivates a person (their calls are refused from then on); the activity log is searched by person.
  `
  ALTER TABLE users ADD COLUMN deactivated_at TEXT;
  CREATE INDEX audit_by_actor ON audit_log (actor_id, seq);
  `,
];

/** Runs the steps not yet run, up to `until` (all by default; tests build an older database with less). */
export function migrate(db: Database.Database, until = MIGRATIONS.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let step = current; step < until; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
  return until;
}
