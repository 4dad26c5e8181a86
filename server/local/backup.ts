import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { formatShanghai } from '../../domain/time/shanghai';
import { DATABASE_FILE } from './boot-check';
import { DIR_MODE, FILE_MODE } from '../adapters/local/private-files';

export interface BackupResult {
  folder: string;
  databaseBytes: number;
  files: number;
  fileBytes: number;
}

/** What besides the database a restore needs: without the data key the sealed 身份证号 and 联系电话 cannot be opened. */
const KEYS = ['data-key', 'link-secret'];

function copyTree(from: string, to: string, counts: { files: number; bytes: number }) {
  fs.mkdirSync(to, { recursive: true, mode: DIR_MODE });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target, counts);
    // A `.part` is a write that has not finished; the database does not know it.
    else if (entry.isFile() && !entry.name.endsWith('.part')) {
      fs.copyFileSync(source, target);
      fs.chmodSync(target, FILE_MODE);
      counts.files += 1;
      counts.bytes += fs.statSync(target).size;
    }
  }
}

/**
 * A consistent copy of DATA_DIR, also while the server runs: the database through SQLite's online
 * backup API (a snapshot, never a half-written page), then the stored files (written before the rows
 * that name them, so every file the copy's database names is there), then the keys.
 */
export async function backupDataDir(dataDir: string, backupsDir: string, now = new Date()): Promise<BackupResult> {
  const source = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  fs.mkdirSync(backupsDir, { recursive: true, mode: DIR_MODE });
  const folder = path.join(backupsDir, `jinguo-${formatShanghai(now.toISOString(), 'YYYYMMDD-HHmmss')}`);
  fs.mkdirSync(folder, { mode: DIR_MODE });
  const target = path.join(folder, DATABASE_FILE);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  fs.chmodSync(target, FILE_MODE);
  const copy = new Database(target, { readonly: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy fails quick_check: ${String(check)}`);
  } finally {
    copy.close();
  }
  const counts = { files: 0, bytes: 0 };
  const files = path.join(dataDir, 'files');
  if (fs.existsSync(files)) copyTree(files, path.join(folder, 'files'), counts);
  for (const name of KEYS) {
    const key = path.join(dataDir, name);
    if (!fs.existsSync(key)) continue;
    fs.copyFileSync(key, path.join(folder, name));
    fs.chmodSync(path.join(folder, name), FILE_MODE);
  }
  return { folder, databaseBytes: fs.statSync(target).size, files: counts.files, fileBytes: counts.bytes };
}
