import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrate } from '../../../server/adapters/local/sqlite/migrations';
import { FUNCTIONS } from '../../../server/functions';
import { openLocalRuntime } from '../../../server/local/runtime';
import { VALID_FORM } from '../support/nominations';
import { personalNeedles, scanDatabase } from './scan';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const NOW = new Date('2023-10-01T01:00:00Z');
const CONTACT = 'contact-district-haidian';

async function saveAndRead(dataDir: string, dataKey?: string) {
  const runtime = await openLocalRuntime({ dataDir, now: NOW, dataKey });
  try {
    const ports = () => runtime.portsFor(runtime.sessions.create(CONTACT, NOW));
    const existing = (await FUNCTIONS.nomination.handle({ action: 'get' }, ports())) as { data: { version: number } | null };
    await FUNCTIONS.nomination.handle({ action: 'saveDraft', version: existing.data?.version, form: VALID_FORM }, ports());
    return (await FUNCTIONS.nomination.handle({ action: 'get' }, ports())) as { ok: boolean; data: { form: typeof VALID_FORM } };
  } finally {
    runtime.close();
  }
}

describe('the local data key', () => {
  it('is generated into DATA_DIR/data-key (mode 0600) on the first start and reused after', async () => {
    const dir = tempDir();
    expect((await saveAndRead(dir)).data.form.idNumber).toBe(VALID_FORM.idNumber);
    const file = path.join(dir, 'data-key');
    const key = fs.readFileSync(file, 'utf8');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(key.trim(), 'base64')).toHaveLength(32);
    expect((await saveAndRead(dir)).data.form.phone).toBe(VALID_FORM.phone);
    expect(fs.readFileSync(file, 'utf8')).toBe(key);
  });

  it('is JINGUO_DATA_KEY when set, and a start with a key that does not open the data stops with a clear error', async () => {
    const dir = tempDir();
    const key = randomBytes(32).toString('hex');
    expect((await saveAndRead(dir, key)).ok).toBe(true);
    expect(fs.existsSync(path.join(dir, 'data-key'))).toBe(false);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openLocalRuntime({ dataDir: dir, now: NOW, dataKey: randomBytes(32).toString('base64') })).rejects.toThrow(
      /data key \(JINGUO_DATA_KEY\) does not open the personal data/,
    );
    expect(log.mock.calls.flat().join(' ')).toMatch(/cannot open nominations\/2023:district-haidian\/(idNumber|phone): sealed with key/);
    await expect(openLocalRuntime({ dataDir: dir, now: NOW, dataKey: 'not-a-key' })).rejects.toThrow(
      /JINGUO_DATA_KEY is not a valid data key/,
    );
    expect((await saveAndRead(dir, key)).data.form.idNumber).toBe(VALID_FORM.idNumber);
  });
});

describe('a database made before sealing', () => {
  /** What the current main writes: schema steps 1–2, a plaintext form, no hash column. */
  function legacyDatabase(dir: string) {
    const db = new Database(path.join(dir, 'jinguo.sqlite'));
    db.pragma('journal_mode = WAL');
    migrate(db, 2);
    db.prepare("INSERT INTO units (id, name, type) VALUES ('district-haidian', '海淀区科协', 'district')").run();
    db.prepare(
      `INSERT INTO nominations (id, campaign_id, unit_id, status, version, form, created_at, updated_at, submitted_at, review)
       VALUES ('2023:district-haidian', '2023', 'district-haidian', 'draft', 4, ?, ?, ?, NULL, '{}')`,
    ).run(JSON.stringify(VALID_FORM), NOW.toISOString(), NOW.toISOString());
    db.close();
  }

  it('is sealed on the first start: the rows open as before and the file holds no plaintext any more', async () => {
    const dir = tempDir();
    legacyDatabase(dir);
    const needles = personalNeedles(VALID_FORM.idNumber, VALID_FORM.phone);
    expect(scanDatabase(dir, needles)).not.toEqual([]);
    const runtime = await openLocalRuntime({ dataDir: dir, now: NOW });
    try {
      const row = runtime.connections.reader.prepare('SELECT form, id_hash, sealed, version FROM nominations').get() as Record<
        string,
        unknown
      >;
      expect(row).toMatchObject({ sealed: 1, version: 4, id_hash: expect.any(String) });
      const got = await runtime.portsFor(null).db.read.nominations.get('2023:district-haidian');
      expect(got?.form).toEqual(VALID_FORM);
      expect(scanDatabase(dir, needles)).toEqual([]);
    } finally {
      runtime.close();
    }
    expect(scanDatabase(dir, needles)).toEqual([]);
  });
});
