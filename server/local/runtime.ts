import { sqliteDb } from '../adapters/local/sqlite/sqlite-db';
import { openDatabase } from '../adapters/local/sqlite/open-database';
import { devSessions } from '../adapters/local/dev-sessions';
import { folderFiles } from '../adapters/local/folder-files';
import { signedLinks } from '../adapters/local/signed-links';
import { notCheckedContent, recordingNotify, runningClock } from '../adapters/local/local-services';
import type { Clock, Ports, RateLimits } from '../core/ports';
import { sqliteRateBuckets } from '../adapters/local/sqlite/rate-buckets';
import { DEFAULT_RATE_LIMITS } from '../core/access/rate-limit';
import { seedDemo } from './seed';
import path from 'node:path';

export interface LocalRuntimeOptions {
  dataDir: string;
  deadline?: string;
  now?: Date;
  /** Replaces the running clock (tests that move time on by hand). */
  clock?: Clock;
  rateLimits?: RateLimits;
}

/** The local adapters wired together: SQLite, a folder, the dev sign-in, a recording notifier. */
export async function openLocalRuntime(options: LocalRuntimeOptions) {
  const connections = openDatabase(options.dataDir);
  const clock = options.clock ?? runningClock(options.now);
  const db = sqliteDb(connections);
  const links = signedLinks(options.dataDir, clock);
  const files = folderFiles(path.join(options.dataDir, 'files'), links);
  const notify = recordingNotify(connections.writer, clock);
  const sessions = devSessions(connections.writer);
  const campaign = await db.transaction((tx) => seedDemo(connections.writer, tx, clock.now(), options.deadline));
  const rateBuckets = sqliteRateBuckets(db, connections.writer);
  const settings = { campaignId: campaign.id, rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS };

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
