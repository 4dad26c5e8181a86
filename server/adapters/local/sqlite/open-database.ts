import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { PersonalDataCipher } from '../../../core/personal-data/cipher';
import { migrate } from './migrations';
import { assertKeyOpensData, sealLegacyRows } from './seal-legacy-rows';

export interface SqliteConnections {
  /** Serialised writes, one transaction per command. */
  writer: Database.Database;
  /** Reads outside a command see only committed data (WAL snapshot). */
  reader: Database.Database;
  close(): void;
}

/** Opens (and migrates) `DATA_DIR/jinguo.sqlite`; plaintext rows of an older database are sealed before anyone reads. */
export function openDatabase(dataDir: string, key: { cipher: PersonalDataCipher; source: string }): SqliteConnections {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'jinguo.sqlite');
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  // A reply is sent only after COMMIT returns, and in WAL mode a commit is in the OS's page cache
  // once written: with synchronous=NORMAL every acknowledged write survives a killed or crashed
  // process (test/server/crash-safety.test.ts). A power cut or an OS crash may lose the last
  // commits, never the database's consistency. FULL would also fsync the WAL at every commit —
  // ~8 ms here, blocking the runtime's one thread: half its time under `npm run bench:load`. This is
  // the local runtime (development, demos, tests); the campaign's data lives in the cloud database.
  writer.pragma('synchronous = NORMAL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  // Deleted and overwritten content is zeroed, so a purged or re-sealed value does not linger in free space.
  writer.pragma('secure_delete = ON');
  migrate(writer);
  try {
    assertKeyOpensData(writer, key.cipher, key.source);
    sealLegacyRows(writer, key.cipher);
  } catch (error) {
    writer.close();
    throw error;
  }
  const reader = new Database(file, { readonly: true });
  reader.pragma('busy_timeout = 5000');
  for (const db of [writer, reader]) cacheStatements(db);
  return {
    writer,
    reader,
    close() {
      reader.close();
      writer.close();
    },
  };
}

const MAX_STATEMENTS = 500;

/**
 * The repositories call `prepare` at every query, and better-sqlite3 compiles the SQL each time
 * (9% of the runtime's CPU under `npm run bench:load`); each connection keeps its compiled
 * statements instead. No repository changes a statement's mode (`pluck`, `raw`, …), so a cached
 * one behaves as a fresh one; the bound only guards against SQL built with varying text.
 */
function cacheStatements(db: Database.Database): void {
  const compile = db.prepare.bind(db);
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statement = compile(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  db.prepare = prepare as typeof db.prepare;
}
