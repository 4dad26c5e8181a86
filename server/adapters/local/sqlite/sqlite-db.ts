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
          connections.writer.exec('ROLLBACK');
          throw error;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
