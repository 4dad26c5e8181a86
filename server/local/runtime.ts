import { sqliteDb } from '../adapters/local/sqlite/sqlite-db';
import { openDatabase } from '../adapters/local/sqlite/open-database';
import { devSessions } from '../adapters/local/dev-sessions';
import { folderFiles, sweepUnfinished } from '../adapters/local/folder-files';
import { signedLinks } from '../adapters/local/signed-links';
import { notCheckedContent, recordingNotify, runningClock } from '../adapters/local/local-services';
import { localDataKey } from '../adapters/local/data-key-file';
import { createPersonalDataCipher } from '../core/personal-data/cipher';
import type { Ports, RateLimits } from '../core/ports';
import { sqliteRateBuckets } from '../adapters/local/sqlite/rate-buckets';
import { checkDatabase } from './boot-check';
import { privateDir, tightenTree } from '../adapters/local/private-files';
import { seedDemo } from './seed';
import { backfillLedger } from './ledger-backfill';
import { DEFAULT_STORAGE_FLOOR_BYTES } from '../core/storage/quota';
import path from 'node:path';

export interface LocalRuntimeOptions {
  dataDir: string;
  deadline?: string;
  now?: Date;
  /** `JINGUO_DATA_KEY`; without it the key is `DATA_DIR/data-key`, made on the first start. */
  dataKey?: string;
  /** The clock stands still at `now` until a test advances it. */
  frozenClock?: boolean;
  /** `DEFAULT_RATE_LIMITS` when absent (the limits fall back there themselves). */
  rateLimits?: RateLimits;
  /** Uploads stop while less is free on DATA_DIR's disk; `DEFAULT_STORAGE_FLOOR_BYTES` when absent. */
  storageFloorBytes?: number;
  /** How long a dev sign-in lasts; `SESSION_TTL_MS` (12 h) when absent. */
  sessionTtlMs?: number;
}

/** The local adapters wired together: SQLite, a folder, the dev sign-in, a recording notifier. */
export async function openLocalRuntime(options: LocalRuntimeOptions) {
  checkDatabase(options.dataDir);
  tightenTree(options.dataDir);
  privateDir(options.dataDir);
  const unfinished = sweepUnfinished(path.join(options.dataDir, 'files'));
  if (unfinished > 0) console.warn(`[storage] removed ${unfinished} unfinished .part file(s) of an earlier run`);
  const key = localDataKey(options.dataDir, options.dataKey);
  const cipher = createPersonalDataCipher(key.key);
  const connections = openDatabase(options.dataDir, { cipher, source: key.source });
  const clock = runningClock(options.now, options.frozenClock);
  const db = sqliteDb(connections, cipher);
  const links = signedLinks(options.dataDir, clock);
  const files = folderFiles(path.join(options.dataDir, 'files'), links);
  const notify = recordingNotify(connections.writer, clock);
  const sessions = devSessions(connections.writer, clock, options.sessionTtlMs);
  const campaign = await db.transaction((tx) => seedDemo(connections.writer, tx, clock.now(), options.deadline));
  const backfilled = backfillLedger(connections.writer, path.join(options.dataDir, 'files'), clock.now());
  if (backfilled > 0) console.warn(`[storage] ${backfilled} file(s) from before the ledger of stored files are now in it`);
  const rateBuckets = sqliteRateBuckets(db, connections.writer);
  const settings = {
    campaignId: campaign.id,
    rateLimits: options.rateLimits,
    storageFloorBytes: options.storageFloorBytes ?? DEFAULT_STORAGE_FLOOR_BYTES,
  };

  return {
    connections,
    clock,
    sessions,
    links,
    campaign,
    /** The ports of one request, whose identity is its bearer token. */
    portsFor(token: string | null): Ports {
      return { db, files, notify, clock, contentCheck: notCheckedContent, rateBuckets, settings, identity: sessions.identityFor(token) };
    },
    close() {
      connections.close();
    },
  };
}

export type LocalRuntime = Awaited<ReturnType<typeof openLocalRuntime>>;
