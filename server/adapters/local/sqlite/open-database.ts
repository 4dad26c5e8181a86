import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export interface SqliteConnections {
  /** Serialised writes, one transaction per command. */
  writer: Database.Database;
  /** Reads outside a command see only committed data (WAL snapshot). */
  reader: Database.Database;
  close(): void;
}

export function openDatabase(dataDir: string): SqliteConnections {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'jinguo.sqlite');
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  // A reply is sent only after COMMIT returns. In WAL mode a commit is in the OS's page cache once
  // written, so even synchronous=NORMAL survives a killed process (test/server/crash-safety.test.ts);
  // FULL also fsyncs the WAL at every commit, so an acknowledged write survives a power cut too.
  // Its cost is in `npm run bench:load` (a single-writer fsync per write command).
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  migrate(writer);
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
