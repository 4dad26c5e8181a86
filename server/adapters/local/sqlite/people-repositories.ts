import type { Statements } from './statement-cache';
import type { Campaign } from '../../../../domain/campaign/campaign';
import type { Role } from '../../../../domain/status/machine';
import type { Repositories, UnitRecord, UnitType, UserRecord } from '../../../core/repositories';

interface UserRow {
  id: string;
  role: string;
  name: string;
  unit_id: string | null;
  external_id: string | null;
  deactivated_at: string | null;
}

// Only a deactivated person carries the field, so everyone else reads back exactly as written.
const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  role: row.role as Role,
  name: row.name,
  unitId: row.unit_id,
  externalId: row.external_id,
  ...(row.deactivated_at ? { deactivatedAt: row.deactivated_at } : {}),
});

interface UnitRow {
  id: string;
  name: string;
  type: UnitType;
  test: number;
}

// Only a test unit carries the flag, so every other unit reads back exactly as it was written.
const toUnit = ({ test, ...unit }: UnitRow): UnitRecord => (test ? { ...unit, test: true } : unit);

export function campaignRepository(db: Statements): Repositories['campaigns'] {
  return {
    async get(id) {
      const row = db.prepare('SELECT data FROM campaigns WHERE id = ?').get(id) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as Campaign) : null;
    },
    async put(campaign) {
      db.prepare('INSERT INTO campaigns (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data').run(
        campaign.id,
        JSON.stringify(campaign),
      );
    },
  };
}

export function unitRepository(db: Statements): Repositories['units'] {
  return {
    async list() {
      return (db.prepare('SELECT id, name, type, test FROM units ORDER BY rowid').all() as UnitRow[]).map(toUnit);
    },
    async get(id) {
      const row = db.prepare('SELECT id, name, type, test FROM units WHERE id = ?').get(id) as UnitRow | undefined;
      return row ? toUnit(row) : null;
    },
    async put(unit: UnitRecord & { type: UnitType }) {
      db.prepare(
        `INSERT INTO units (id, name, type, test) VALUES (@id, @name, @type, @test)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, test = excluded.test`,
      ).run({ id: unit.id, name: unit.name, type: unit.type, test: unit.test ? 1 : 0 });
    },
    async setDeadline(campaignId, unitId, deadline) {
      if (deadline === null) db.prepare('DELETE FROM unit_deadlines WHERE campaign_id = ? AND unit_id = ?').run(campaignId, unitId);
      else
        db.prepare(
          'INSERT INTO unit_deadlines (campaign_id, unit_id, deadline) VALUES (?, ?, ?) ON CONFLICT(campaign_id, unit_id) DO UPDATE SET deadline = excluded.deadline',
        ).run(campaignId, unitId, deadline);
    },
    async deadlineFor(campaignId, unitId) {
      const row = db.prepare('SELECT deadline FROM unit_deadlines WHERE campaign_id = ? AND unit_id = ?').get(campaignId, unitId) as
        | { deadline: string }
        | undefined;
      return row?.deadline ?? null;
    },
  };
}

export function userRepository(db: Statements): Repositories['users'] {
  const select = 'SELECT id, role, name, unit_id, external_id, deactivated_at FROM users';
  return {
    async get(id) {
      const row = db.prepare(`${select} WHERE id = ?`).get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async list() {
      return (db.prepare(`${select} ORDER BY rowid`).all() as UserRow[]).map(toUser);
    },
    async byRole(role) {
      return (db.prepare(`${select} WHERE role = ? ORDER BY rowid`).all(role) as UserRow[]).map(toUser);
    },
    async put(user) {
      db.prepare(
        `INSERT INTO users (id, role, name, unit_id, external_id, deactivated_at)
         VALUES (@id, @role, @name, @unitId, @externalId, @deactivatedAt)
         ON CONFLICT(id) DO UPDATE SET role = excluded.role, name = excluded.name, unit_id = excluded.unit_id,
         external_id = excluded.external_id, deactivated_at = excluded.deactivated_at`,
      ).run({
        id: user.id,
        role: user.role,
        name: user.name,
        unitId: user.unitId,
        externalId: user.externalId,
        deactivatedAt: user.deactivatedAt ?? null,
      });
    },
    async findByExternalId(externalId) {
      const row = db.prepare(`${select} WHERE external_id = ?`).get(externalId) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
  };
}
