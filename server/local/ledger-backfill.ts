import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DEFAULT_EXPORT_RETENTION_DAYS } from '../core/storage/policy';

const DAY_MS = 24 * 60 * 60 * 1000;

const keyOf = (nominationId: string) => createHash('sha256').update(nominationId).digest('hex').slice(0, 16);

/**
 * Files written before the ledger of stored files existed (migration 6) get their row, so a purge and
 * the export expiry find them: every 登记表 under `printables/` (its campaign found by the name's
 * hash of the nomination id) and every file under `exports/<job>/`. Uploads are left alone: whether
 * one is still in use depends on its campaign, which its name does not say.
 */
export function backfillLedger(db: Database.Database, filesRoot: string, now: Date): number {
  const known = new Set(db.prepare('SELECT file_id FROM stored_files').pluck().all() as string[]);
  const campaigns = db.prepare('SELECT id FROM campaigns').pluck().all() as string[];
  const jobs = new Map(
    (db.prepare('SELECT id, campaign_id FROM export_jobs').all() as { id: string; campaign_id: string }[]).map((j) => [
      j.id,
      j.campaign_id,
    ]),
  );
  const insert = db.prepare(
    'INSERT INTO stored_files (file_id, kind, campaign_id, owner, size, created_at, review_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const at = now.toISOString();
  let added = 0;
  const add = (fileId: string, kind: string, campaignId: string, owner: string, reviewAt: string | null) => {
    if (known.has(fileId)) return;
    insert.run(fileId, kind, campaignId, owner, fs.statSync(path.join(filesRoot, fileId)).size, at, reviewAt);
    added += 1;
  };
  const filesIn = (dir: string) =>
    fs.existsSync(path.join(filesRoot, dir))
      ? fs
          .readdirSync(path.join(filesRoot, dir), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && !e.name.endsWith('.part'))
      : [];
  db.transaction(() => {
    for (const entry of filesIn('printables')) {
      const fileId = path.relative(filesRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (known.has(fileId)) continue;
      const [, unitId] = fileId.split('/');
      const key = entry.name.slice(0, 16);
      const campaignId = campaigns.find((c) => keyOf(`${c}:${unitId}`) === key);
      if (campaignId) add(fileId, 'printable', campaignId, `${campaignId}:${unitId}`, null);
    }
    for (const entry of filesIn('exports')) {
      const fileId = path.relative(filesRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      const jobId = fileId.split('/')[1];
      const campaignId = jobs.get(jobId);
      // At every start all of them are listed: a file the ledger has costs no stat.
      if (!campaignId || known.has(fileId)) continue;
      // An export from before retention existed is kept the default retention from when it was written.
      const written = fs.statSync(path.join(filesRoot, fileId)).mtimeMs;
      add(fileId, 'export', campaignId, jobId, new Date(written + DEFAULT_EXPORT_RETENTION_DAYS * DAY_MS).toISOString());
    }
  })();
  return added;
}
