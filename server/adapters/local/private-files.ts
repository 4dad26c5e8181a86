import fs from 'node:fs';
import path from 'node:path';

/** DATA_DIR holds whole ID numbers (printables, full exports) and the data key: no one else on the machine may read it. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** A folder made (with its parents) or tightened to 0700, whatever the umask. */
export function privateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  fs.chmodSync(dir, DIR_MODE);
}

/**
 * Tightens everything under DATA_DIR to 0700 / 0600 at start: a folder from before this rule, or one
 * copied in by hand, is as closed as a new one.
 */
export function tightenTree(root: string): void {
  if (!fs.existsSync(root)) return;
  fs.chmodSync(root, DIR_MODE);
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) tightenTree(full);
    else if (entry.isFile() && (fs.statSync(full).mode & 0o777) !== FILE_MODE) fs.chmodSync(full, FILE_MODE);
  }
}

/** Creates an empty file with mode 0600 unless it exists: SQLite then gives its WAL and shared-memory files the same mode. */
export function privateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', FILE_MODE));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  fs.chmodSync(file, FILE_MODE);
}
