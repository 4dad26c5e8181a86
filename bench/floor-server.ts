// A bare HTTP server for the load bench's floors, run as its own process: `plain` answers `{ ok: true }`,
// `sqlite` runs one better-sqlite3 write transaction per request first (the cost a write request cannot avoid).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const mode = process.argv[2] === 'sqlite' ? 'sqlite' : 'plain';
let handle = () => {};
if (mode === 'sqlite') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-floor-'));
  const db = new Database(path.join(dir, 'floor.sqlite'));
  // The runtime's own settings (open-database.ts), so the floor is the one it could reach.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const count = db.prepare('SELECT count(*) AS n FROM t');
  handle = db.transaction(() => {
    insert.run('x');
    count.get();
  });
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}
const server = http.createServer((_req, res) => {
  handle();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"ok":true}');
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`floor ${mode}: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
});
process.on('SIGTERM', () => process.exit(0));
