import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { PersonalDataCipher } from '../../../core/personal-data/cipher';
import { privateFile } from '../private-files';
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
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'jinguo.sqlite');
  // Made 0600 before SQLite opens it: SQLite gives the WAL and the shared-memory file the database's own mode.
  privateFile(file);
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
  return {
    writer,
    reader,
    close() {
      reader.close();
      writer.close();
    },
  };
}
