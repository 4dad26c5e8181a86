import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const DATABASE_FILE = 'jinguo.sqlite';
const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The local runtime will not start on this data folder; the message says why and what to do, in Chinese and English. */
export class BootRefusal extends Error {
  override name = 'BootRefusal';
}

const WHAT_TO_DO = [
  '请这样处理 / What to do:',
  '  1. 停止服务，不要删除数据目录里的任何文件。 Stop the server; delete nothing in the data folder.',
  '  2. 用最近的备份恢复：把 npm run backup 生成的备份目录整体复制为 DATA_DIR（见 README「备份与恢复」）。',
  '     Restore the latest backup: copy the folder `npm run backup` made in place of DATA_DIR (README, "Backup and restore").',
  '  3. 若确实要从头开始一届新的数据，请把整个数据目录移到别处后再启动。',
  '     To really start afresh, move the whole data folder elsewhere, then start again.',
].join('\n');

const refuse = (zh: string, en: string, file: string) =>
  new BootRefusal(`无法启动：${zh}\nRefusing to start: ${en}\n数据库 / database: ${file}\n${WHAT_TO_DO}`);

/** What in the folder says a campaign's data lived here: uploads or printables, the data key, the link secret. */
function earlierData(dataDir: string): string[] {
  const found: string[] = [];
  const files = path.join(dataDir, 'files');
  if (fs.existsSync(files) && fs.readdirSync(files).length > 0) found.push('files/');
  for (const name of ['data-key', 'link-secret']) if (fs.existsSync(path.join(dataDir, name))) found.push(name);
  return found;
}

/**
 * Checks the database before anything opens it: never a silent re-seed of an empty or missing file
 * beside the data it belonged to, never a start on a damaged one (`PRAGMA quick_check`).
 */
export function checkDatabase(dataDir: string): void {
  const file = path.join(dataDir, DATABASE_FILE);
  const size = fs.existsSync(file) ? fs.statSync(file).size : null;
  if (!size) {
    const beside = earlierData(dataDir);
    if (beside.length === 0) return;
    const state = size === null ? ['不存在', 'is missing'] : ['是空的（0 字节）', 'is empty (0 bytes)'];
    throw refuse(
      `数据库文件${state[0]}，但数据目录里还有以前的数据（${beside.join('、')}）。为免把现有数据当作新活动重新初始化，本次启动已停止。`,
      `the database ${state[1]} while the data folder still holds earlier data (${beside.join(', ')}); starting would seed a new campaign over it.`,
      file,
    );
  }
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(HEADER.length);
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  if (!head.equals(HEADER)) {
    throw refuse(
      '数据库文件已损坏（文件头不是 SQLite 数据库）。',
      'the database file is damaged (its header is not that of an SQLite database).',
      file,
    );
  }
  let problems: string[];
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
    } finally {
      db.close();
    }
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    throw refuse(
      `数据库文件已损坏（完整性检查未通过：${problems.join('；')}）。`,
      `the database file is damaged (quick_check: ${problems.join('; ')}).`,
      file,
    );
  }
}
