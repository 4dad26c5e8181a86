import fs from 'node:fs';
import path from 'node:path';
import type { Harness } from './harness';

type Db = Harness['runtime']['connections']['reader'];

/** The database's own tables (none of SQLite's), by name, less `except`. */
export function tableNames(db: Db, except: ReadonlySet<string> = new Set()): string[] {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return names.filter((name) => !except.has(name));
}

/** Every row of each table but `except`, in rowid order, by table. */
export function tableRows(h: Harness, except?: ReadonlySet<string>): Record<string, unknown[]> {
  const db = h.runtime.connections.reader;
  return Object.fromEntries(tableNames(db, except).map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** Files under `root/dir` (none when it is missing), as paths relative to `root` with `/` between folders: file ids. */
export function filesUnder(root: string, dir = '.'): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return [];
    return [path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')];
  });
}

/** Every row of every table, and every stored file with its size: what "changes nothing" is checked against. */
export function snapshot(h: Harness): Record<string, unknown[]> {
  const out = tableRows(h);
  const files = path.join(h.dataDir, 'files');
  out['(files)'] = filesUnder(files)
    .map((f) => `${f}:${fs.statSync(path.join(files, f)).size}`)
    .sort();
  return out;
}

/** The rows of one unit's nomination (record, media, audit, uploads): what another unit's contact must never change. */
export function unitSlice(h: Harness, unitId: string): Record<string, unknown[]> {
  const db = h.runtime.connections.reader;
  const id = `${h.runtime.campaign.id}:${unitId}`;
  return {
    nominations: db.prepare('SELECT * FROM nominations WHERE unit_id = ?').all(unitId),
    media: db.prepare('SELECT * FROM media WHERE nomination_id = ? ORDER BY id').all(id),
    audit: db.prepare('SELECT * FROM audit_log WHERE nomination_id = ? ORDER BY seq').all(id),
    uploads: db.prepare('SELECT * FROM uploads WHERE unit_id = ? ORDER BY file_id').all(unitId),
  };
}
