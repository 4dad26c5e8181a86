import type { Statements } from './statement-cache';
import type { NominationStatus } from '../../../../domain/status/machine';
import type { AssignmentPlan } from '../../../../domain/review/assignments';
import type { PersonalDataCipher } from '../../../core/personal-data/cipher';
import type { AuditEntry, Repositories, ScoreRecord } from '../../../core/repositories';
import { type NominationRow, nominationRows } from './nomination-rows';

// The test units' nominations (the review demo), left out of real figures by the units' own flag.
const NOT_TEST = 'unit_id NOT IN (SELECT id FROM units WHERE test = 1)';

export function nominationRepository(db: Statements, cipher: PersonalDataCipher): Repositories['nominations'] {
  const { toNomination, toRow } = nominationRows(cipher);
  return {
    async get(id) {
      const row = db.prepare('SELECT * FROM nominations WHERE id = ?').get(id) as NominationRow | undefined;
      return row ? toNomination(row) : null;
    },
    async getByUnit(campaignId, unitId) {
      const row = db.prepare('SELECT * FROM nominations WHERE campaign_id = ? AND unit_id = ?').get(campaignId, unitId) as
        | NominationRow
        | undefined;
      return row ? toNomination(row) : null;
    },
    async insert(record) {
      try {
        db.prepare(
          `INSERT INTO nominations (id, campaign_id, unit_id, status, version, form, created_at, updated_at, submitted_at, review, id_hash, sealed)
           VALUES (@id, @campaign_id, @unit_id, @status, @version, @form, @created_at, @updated_at, @submitted_at, @review, @id_hash, @sealed)`,
        ).run(toRow(record));
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async update(record, expectedVersion) {
      const result = db
        .prepare(
          `UPDATE nominations SET status = @status, version = @version, form = @form, updated_at = @updated_at,
           submitted_at = @submitted_at, review = @review, id_hash = @id_hash, sealed = @sealed WHERE id = @id AND version = @expected`,
        )
        .run({ ...toRow(record), expected: expectedVersion });
      return result.changes === 1;
    },
    async list(filter, page) {
      const where = ['campaign_id = @campaignId'];
      const params: Record<string, unknown> = { campaignId: filter.campaignId, limit: page.limit };
      filter.statuses?.forEach((status, i) => {
        params[`s${i}`] = status;
      });
      if (filter.statuses?.length) where.push(`status IN (${filter.statuses.map((_, i) => `@s${i}`).join(', ')})`);
      filter.unitIds?.forEach((unitId, i) => {
        params[`u${i}`] = unitId;
      });
      if (filter.unitIds?.length) where.push(`unit_id IN (${filter.unitIds.map((_, i) => `@u${i}`).join(', ')})`);
      if (filter.excludeTest) where.push(NOT_TEST);
      if (page.after) {
        const [updatedAt, id] = page.after.split('|');
        params.afterAt = updatedAt;
        params.afterId = id;
        where.push('(updated_at < @afterAt OR (updated_at = @afterAt AND id < @afterId))');
      }
      const sql = `SELECT * FROM nominations WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id DESC LIMIT @limit`;
      return (db.prepare(sql).all(params) as NominationRow[]).map(toNomination);
    },
    async withIdNumber(campaignId, idNumber) {
      const rows = db
        .prepare('SELECT * FROM nominations WHERE campaign_id = ? AND id_hash = ? ORDER BY id')
        .all(campaignId, cipher.idHash(idNumber)) as NominationRow[];
      return rows.map(toNomination);
    },
    async countByStatus(campaignId) {
      const rows = db
        .prepare(`SELECT status, COUNT(*) AS n FROM nominations WHERE campaign_id = ? AND ${NOT_TEST} GROUP BY status`)
        .all(campaignId) as { status: string; n: number }[];
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    },
  };
}

interface ScoreRow {
  nomination_id: string;
  expert_id: string;
  state: string;
  scores: string;
  comment: string | null;
  updated_at: string;
}

const toScore = (r: ScoreRow): ScoreRecord => ({
  nominationId: r.nomination_id,
  expertId: r.expert_id,
  state: r.state as ScoreRecord['state'],
  scores: JSON.parse(r.scores) as Record<string, number>,
  comment: r.comment,
  updatedAt: r.updated_at,
});

export function scoreRepository(db: Statements): Repositories['scores'] {
  return {
    async forNomination(nominationId) {
      return (db.prepare('SELECT * FROM scores WHERE nomination_id = ? ORDER BY expert_id').all(nominationId) as ScoreRow[]).map(toScore);
    },
    async get(nominationId, expertId) {
      const row = db.prepare('SELECT * FROM scores WHERE nomination_id = ? AND expert_id = ?').get(nominationId, expertId) as
        | ScoreRow
        | undefined;
      return row ? toScore(row) : null;
    },
    async forExpert(expertId) {
      return (db.prepare('SELECT * FROM scores WHERE expert_id = ? ORDER BY nomination_id').all(expertId) as ScoreRow[]).map(toScore);
    },
    async forNominations(nominationIds) {
      const out: ScoreRecord[] = [];
      // SQLite's default limit of bound parameters is 999 (older builds): 500 ids a statement stays well inside it.
      for (let i = 0; i < nominationIds.length; i += 500) {
        const chunk = nominationIds.slice(i, i + 500);
        const sql = `SELECT * FROM scores WHERE nomination_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY nomination_id, expert_id`;
        out.push(...(db.prepare(sql).all(...chunk) as ScoreRow[]).map(toScore));
      }
      return out;
    },
    async put(s) {
      db.prepare(
        `INSERT INTO scores (nomination_id, expert_id, state, scores, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(nomination_id, expert_id) DO UPDATE SET state = excluded.state, scores = excluded.scores,
         comment = excluded.comment, updated_at = excluded.updated_at`,
      ).run(s.nominationId, s.expertId, s.state, JSON.stringify(s.scores), s.comment, s.updatedAt);
    },
  };
}

export function assignmentRepository(db: Statements): Repositories['assignments'] {
  return {
    async get(campaignId) {
      const row = db.prepare('SELECT data FROM review_assignments WHERE campaign_id = ?').get(campaignId) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as AssignmentPlan) : null;
    },
    async put(plan) {
      db.prepare(
        `INSERT INTO review_assignments (campaign_id, data) VALUES (?, ?)
         ON CONFLICT(campaign_id) DO UPDATE SET data = excluded.data`,
      ).run(plan.campaignId, JSON.stringify(plan));
    },
  };
}

export function auditRepository(db: Statements): Repositories['audit'] {
  return {
    async append(entry) {
      db.prepare(
        `INSERT INTO audit_log (nomination_id, actor_id, action, from_status, to_status, at, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        entry.nominationId,
        entry.actorId,
        entry.action,
        entry.fromStatus,
        entry.toStatus,
        entry.at,
        entry.detail ? JSON.stringify(entry.detail) : null,
      );
    },
    async forNomination(nominationId) {
      const rows = db.prepare('SELECT * FROM audit_log WHERE nomination_id = ? ORDER BY seq').all(nominationId) as Record<
        string,
        string | null
      >[];
      return rows.map(toAuditEntry);
    },
    async search(filter, { cursor, limit }) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (filter.actorId) {
        where.push('actor_id = ?');
        params.push(filter.actorId);
      }
      if (filter.actions) {
        where.push(`action IN (${filter.actions.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...filter.actions);
      }
      if (filter.nominationIds) {
        where.push(`nomination_id IN (${filter.nominationIds.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...filter.nominationIds);
      }
      // The cursor is the seq of the last row read: keyset paging, newest first.
      if (cursor) {
        where.push('seq < ?');
        params.push(Number(cursor) || 0);
      }
      const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
      const rows = db.prepare(sql).all(...params, limit + 1) as Record<string, string | number | null>[];
      const page = rows.slice(0, limit);
      return {
        rows: page.map((r) => ({ ...toAuditEntry(r as Record<string, string | null>), id: String(r.seq) })),
        nextCursor: rows.length > limit ? String(page[page.length - 1].seq) : null,
      };
    },
  };
}

const toAuditEntry = (r: Record<string, string | null>): AuditEntry => ({
  nominationId: r.nomination_id,
  actorId: r.actor_id ?? '',
  action: r.action ?? '',
  fromStatus: r.from_status as NominationStatus | null,
  toStatus: r.to_status as NominationStatus | null,
  at: r.at ?? '',
  detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : undefined,
});

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
