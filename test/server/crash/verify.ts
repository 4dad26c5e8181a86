import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Contact, NominationView } from './burst';
import { filesUnder } from '../support/db-snapshot';
import type { HttpClient } from '../support/http-client';
import { maybeRemoved, type VersionedWrite } from './ledger';

type Row = Record<string, string | number | null>;

/** Each nomination's events that must come with notices: submit → every staff member, accept / return → the unit's contact. */
function noticeProblems(db: Database.Database, n: Row, audit: Row[]): string[] {
  const count = (action: string) => audit.filter((a) => a.action === action).length;
  const keys = (userId: string, table: 'inbox' | 'outbox') =>
    (db.prepare(`SELECT event_key FROM ${table} WHERE user_id = ?`).all(userId) as { event_key: string }[]).map((r) => r.event_key);
  const staff = db.prepare("SELECT id FROM users WHERE role = 'staff'").all() as { id: string }[];
  const problems: string[] = [];
  const expect = (what: string, found: number, wanted: number) => {
    if (found !== wanted) problems.push(`${n.id}: ${wanted} ${what} expected, ${found} found`);
  };
  for (const { id } of staff) {
    expect(`submit notices in ${id}'s inbox`, keys(id, 'inbox').filter((k) => k.startsWith(`submitted:${n.id}:v`)).length, count('submit'));
    expect(`submit messages to ${id}`, keys(id, 'outbox').filter((k) => k.startsWith(`submitted:${n.id}:v`)).length, count('submit'));
  }
  const contact = `contact-${n.unit_id}`;
  for (const action of ['accept', 'return']) {
    const notices = keys(contact, 'inbox').filter((k) => k.startsWith(`${action}:${n.id}:v`) && k.endsWith(':0'));
    expect(`${action} notices to ${contact}`, notices.length, count(action));
  }
  return problems;
}

/**
 * Whatever the kill interrupted, the database must hold only whole commands: every nomination with
 * its `create` entry and a status that its audit trail explains, every submit / accept / return
 * with its notices, every media row with its audit entry, upload record and file. Files without a
 * record are harmless orphans (stored before the record's commit; nothing refers to them, and
 * nothing serves a file without its record): they are counted, not failed.
 */
export function checkDatabase(dataDir: string) {
  const db = new Database(path.join(dataDir, 'jinguo.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const foreign = db.pragma('foreign_key_check') as Row[];
    if (foreign.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreign)}`);
    const nominations = db.prepare('SELECT id, unit_id, status FROM nominations').all() as Row[];
    for (const n of nominations) {
      const audit = db.prepare('SELECT action, to_status FROM audit_log WHERE nomination_id = ? ORDER BY seq').all(n.id) as Row[];
      if (audit.filter((a) => a.action === 'create').length !== 1) problems.push(`${n.id}: not exactly one create entry`);
      const last = audit.filter((a) => a.to_status !== null).at(-1);
      if (last?.to_status !== n.status) problems.push(`${n.id}: status ${n.status}, last audited status ${last?.to_status}`);
      problems.push(...noticeProblems(db, n, audit));
    }
    const files = path.join(dataDir, 'files');
    const uploads = db.prepare('SELECT file_id, size FROM uploads').all() as { file_id: string; size: number }[];
    const recorded = new Set(uploads.map((u) => u.file_id));
    for (const u of uploads) {
      const full = path.join(files, u.file_id);
      if (!fs.existsSync(full) || fs.statSync(full).size !== u.size) problems.push(`upload ${u.file_id}: file missing or of another size`);
    }
    const mediaAudit = new Set(
      (db.prepare("SELECT detail FROM audit_log WHERE action LIKE 'media.%'").all() as { detail: string }[]).map(
        (r) => (JSON.parse(r.detail) as { mediaId: string }).mediaId,
      ),
    );
    for (const m of db.prepare('SELECT id, file_id FROM media').all() as { id: string; file_id: string }[]) {
      if (!recorded.has(m.file_id)) problems.push(`media ${m.id}: no upload record for ${m.file_id}`);
      if (!mediaAudit.has(m.id)) problems.push(`media ${m.id}: no audit entry`);
    }
    const orphans = filesUnder(files, 'uploads').filter((f) => !recorded.has(f));
    return { problems, nominations: nominations.length, uploads: recorded, orphans: orphans.length };
  } finally {
    db.close();
  }
}

const VERSIONED: readonly string[] = ['saveDraft', 'submit', 'withdraw', 'accept', 'return'] satisfies VersionedWrite[];

/** Every acknowledged write is there after the restart; what was in flight may or may not be. */
export async function checkAcknowledged(client: HttpClient, contacts: Contact[], uploads: ReadonlySet<string>) {
  const problems: string[] = [];
  const views = new Map<string, NominationView | null>();
  for (const c of contacts) {
    const got = await client.call<NominationView | null>(c.token, 'nomination', { action: 'get' });
    if (!got.ok) throw new Error(`nomination.get as ${c.userId}: ${got.error.code}`);
    const view = got.data;
    views.set(c.unitId, view);
    const { ledger } = c;
    const pending = [...ledger.pending];
    const inFlight = pending.filter((p) => VERSIONED.includes(p.action)).length;
    const stored = view?.version ?? 0;
    const say = (what: string) => problems.push(`${c.unitId}: ${what}`);
    if (stored < ledger.version) say(`version ${stored} < acknowledged ${ledger.version}`);
    if (stored > ledger.version + inFlight) say(`version ${stored} > acknowledged ${ledger.version} + ${inFlight} in flight`);
    if (stored === ledger.version && ledger.status && view?.status !== ledger.status) say(`status ${view?.status} ≠ ${ledger.status}`);
    // The deeds of the last acknowledged saveDraft, unless a later one in flight was committed.

    const later = stored > ledger.version ? pending.filter((p) => p.action === 'saveDraft').map((p) => p.deeds) : [];
    const deeds = [ledger.deeds, ...later];
    if (ledger.deeds !== null && !deeds.includes(view?.form.deeds)) say(`deeds "${view?.form.deeds}" not among ${JSON.stringify(deeds)}`);
    const present = new Set([...(view?.photos ?? []), ...(view?.video ? [view.video] : [])].map((m) => m.id));
    const gone = maybeRemoved(ledger);
    for (const id of ledger.media.keys()) if (!present.has(id) && !gone.has(id)) say(`acknowledged media ${id} is missing`);
    for (const fileId of ledger.uploads.keys()) if (!uploads.has(fileId)) say(`acknowledged upload ${fileId} has no record`);
  }
  return { problems, views };
}
