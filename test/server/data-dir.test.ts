import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalRuntime } from '../../server/local/runtime';
import { fixture, SMALL_MEDIA } from './exports/seed';
import { dataOf } from './support/harness';
import { httpClient } from './support/http-client';
import { VALID_FORM } from './support/nominations';
import { type RuntimeProcess, startRuntimeProcess } from './support/runtime-process';

const ROOT = path.resolve(__dirname, '../..');
let dataDir: string;
let backups: string;
let server: RuntimeProcess;

/** `stat -c '%a %n'` of everything under `root`, as the report shows it. */
const modes = (root: string) =>
  execFileSync('find', [root, '-exec', 'stat', '-c', '%a %n', '{}', ';'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.replace(root, '$DIR'));

beforeAll(async () => {
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-perm-')), 'data');
  backups = path.join(path.dirname(dataDir), 'backups');
  server = await startRuntimeProcess(dataDir, {}, [], { umask: '000' });
  const api = httpClient(server.url);
  const contact = await api.login('contact-district-haidian');
  dataOf(await api.call(contact, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
  dataOf(await api.upload(contact, 'photo', 'a.jpg', fixture(SMALL_MEDIA.photos[0]) as Uint8Array<ArrayBuffer>));
  dataOf(await api.call(contact, 'nomination', { action: 'printable' }));
  const admin = await api.login('admin-1');
  dataOf(await api.call(admin, 'review', { action: 'export', format: 'xlsx', full: true }));
  execFileSync('/bin/sh', ['-c', `umask 000 && exec "$0" --import tsx scripts/backup.ts "$1"`, process.execPath, backups], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
  });
}, 60_000);
afterAll(async () => {
  await server?.kill();
  if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

describe('DATA_DIR on disk', () => {
  it('is 0700 for every folder and 0600 for every file, also under umask 000 (database, WAL, uploads, printables, exports, keys)', () => {
    const listed = modes(dataDir);
    console.log(`[fresh DATA_DIR under umask 000]\n${listed.join('\n')}`);
    for (const name of ['jinguo.sqlite', 'jinguo.sqlite-wal', 'jinguo.sqlite-shm', 'data-key', 'link-secret']) {
      expect(listed).toContain(`600 $DIR/${name}`);
    }
    expect(listed.some((l) => /^600 \$DIR\/files\/uploads\/.+\.jpg$/.test(l))).toBe(true);
    expect(listed.some((l) => /^600 \$DIR\/files\/printables\/.+\.pdf$/.test(l))).toBe(true);
    expect(listed.some((l) => /^600 \$DIR\/files\/exports\/.+\/roster\.xlsx$/.test(l))).toBe(true);
    for (const line of listed) {
      const full = line.replace('$DIR', dataDir).slice(4);
      expect(line.slice(0, 3), full).toBe(fs.statSync(full).isDirectory() ? '700' : '600');
    }
  });

  it('makes a backup as closed, that a restore (the folder copied as DATA_DIR) starts on with every record', async () => {
    const [folder] = fs.readdirSync(backups);
    const copy = path.join(backups, folder);
    const listed = modes(copy);
    for (const line of listed)
      expect(line.slice(0, 3)).toBe(fs.statSync(line.replace('$DIR', copy).slice(4)).isDirectory() ? '700' : '600');
    expect(listed).toEqual(expect.arrayContaining(['600 $DIR/jinguo.sqlite', '600 $DIR/data-key']));
    const restored = path.join(path.dirname(dataDir), 'restored');
    fs.cpSync(copy, restored, { recursive: true });
    const runtime = await openLocalRuntime({ dataDir: restored });
    try {
      const record = await runtime.portsFor(null).db.read.nominations.getByUnit('2023', 'district-haidian');
      expect(record?.form).toMatchObject({ name: VALID_FORM.name, idNumber: VALID_FORM.idNumber });
      expect(fs.readdirSync(path.join(restored, 'files/printables'), { recursive: true }).length).toBeGreaterThan(0);
    } finally {
      runtime.close();
    }
  });

  it('tightens an older folder at start', async () => {
    const old = path.join(path.dirname(dataDir), 'old');
    fs.cpSync(path.join(backups, fs.readdirSync(backups)[0]), old, { recursive: true });
    fs.chmodSync(old, 0o755);
    fs.chmodSync(path.join(old, 'jinguo.sqlite'), 0o644);
    (await openLocalRuntime({ dataDir: old })).close();
    expect((fs.statSync(old).mode & 0o777).toString(8)).toBe('700');
    expect((fs.statSync(path.join(old, 'jinguo.sqlite')).mode & 0o777).toString(8)).toBe('600');
  });
});
