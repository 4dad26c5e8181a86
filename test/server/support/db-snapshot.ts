import fs from 'node:fs';
import path from 'node:path';
import type { Harness } from './harness';

/** Every row of every table, and every stored file with its size: what "changes nothing" is checked against. */
export function snapshot(h: Harness): Record<string, unknown[]> {
  const db = h.runtime.connections.reader;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  const files = path.join(h.dataDir, 'files');
  out['(files)'] = fs.existsSync(files)
    ? (fs.readdirSync(files, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((e) => e.isFile())
        .map((e) => `${path.relative(files, path.join(e.parentPath, e.name))}:${fs.statSync(path.join(e.parentPath, e.name)).size}`)
        .sort()
    : [];
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
