import { AppError } from '../../../core/app-error';
import type { PersonalDataCipher } from '../../../core/personal-data/cipher';
import type { Db } from '../../../core/ports';
import type { Repositories } from '../../../core/repositories';
import { exportJobRepository } from './export-job-repository';
import { inviteRepository } from './invite-repository';
import { mediaRepository, uploadRepository } from './media-repositories';
import { inboxRepository } from './message-repositories';
import { creditRepository, outboxRepository } from './outbox-repositories';
import { assignmentRepository, auditRepository, nominationRepository, scoreRepository } from './nomination-repositories';
import type { SqliteConnections } from './open-database';
import { campaignRepository, unitRepository, userRepository } from './people-repositories';
import { type Statements, statementCache } from './statement-cache';
import { storedFileRepository } from './stored-file-repository';

/** SQLite out of disk space: the caller is told STORAGE_FULL, the log says SQLITE_FULL and what SQLite said. */
function diskFullAsAppError(error: unknown): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code !== 'SQLITE_FULL') return error;
  console.error(`[sqlite] write failed: ${code}: ${(error as Error).message}`);
  return new AppError('STORAGE_FULL', '服务器存储空间已满，本次保存未成功；请稍后再试或联系主办单位');
}

function repositoriesOn(db: Statements, cipher: PersonalDataCipher): Repositories {
  return {
    campaigns: campaignRepository(db),
    units: unitRepository(db),
    users: userRepository(db),
    invites: inviteRepository(db),
    nominations: nominationRepository(db, cipher),
    scores: scoreRepository(db),
    assignments: assignmentRepository(db),
    media: mediaRepository(db),
    uploads: uploadRepository(db),
    audit: auditRepository(db),
    inbox: inboxRepository(db),
    outbox: outboxRepository(db),
    credits: creditRepository(db),
    storedFiles: storedFileRepository(db),
    exportJobs: exportJobRepository(db),
  };
}

/**
 * The `Db` port over SQLite. better-sqlite3 is synchronous, but a command's work is async, so
 * commands queue for the single writer: one `BEGIN IMMEDIATE … COMMIT` at a time, never interleaved.
 * The cipher seals 身份证号 and 联系电话 in and out of the nominations table.
 */
export function sqliteDb(connections: SqliteConnections, cipher: PersonalDataCipher): Db {
  const writeRepos = repositoriesOn(statementCache(connections.writer), cipher);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: repositoriesOn(statementCache(connections.reader), cipher),
    transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        connections.writer.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(writeRepos);
          connections.writer.exec('COMMIT');
          return result;
        } catch (error) {
          // SQLite may have rolled back already (SQLITE_FULL does): a failing ROLLBACK must not hide the real cause.
          if (connections.writer.inTransaction) connections.writer.exec('ROLLBACK');
          throw diskFullAsAppError(error);
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    async scrub() {
      // Queued behind the writes, so no transaction is open; TRUNCATE leaves a zero-length WAL.
      const run = async () => {
        connections.writer.pragma('wal_checkpoint(TRUNCATE)');
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      await next;
    },
  };
}
