import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BootRefusal } from '../../server/local/boot-check';
import { openLocalRuntime } from '../../server/local/runtime';
import { dataOf } from './support/harness';
import { startRuntimeProcess } from './support/runtime-process';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data folder a campaign has used: a database with a draft, a printed 登记表 under files/, the data key. */
async function usedDataDir(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-boot-'));
  dirs.push(dataDir);
  const runtime = await openLocalRuntime({ dataDir, now: new Date('2023-10-01T01:00:00Z') });
  const { FUNCTIONS } = await import('../../server/functions');
  const ports = runtime.portsFor(runtime.sessions.create('contact-district-haidian', runtime.clock.now()));
  dataOf(await FUNCTIONS.nomination.handle({ action: 'saveDraft', form: { name: '张三', deeds: '事迹'.repeat(400) } }, ports));
  dataOf(await FUNCTIONS.nomination.handle({ action: 'printable' }, ports));
  runtime.close();
  return dataDir;
}

const database = (dataDir: string) => path.join(dataDir, 'jinguo.sqlite');
const refusalOf = async (dataDir: string) => {
  try {
    await openLocalRuntime({ dataDir });
  } catch (error) {
    if (error instanceof BootRefusal) return error.message;
    throw error;
  }
  throw new Error('the runtime started');
};

describe('the database checked at start', () => {
  it('starts as usual on a used, intact folder, and on a new one', async () => {
    const dataDir = await usedDataDir();
    (await openLocalRuntime({ dataDir })).close();
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-boot-'));
    dirs.push(fresh);
    (await openLocalRuntime({ dataDir: fresh })).close();
  });

  it('refuses an empty database beside existing files and data key, says so in Chinese and English, and seeds nothing', async () => {
    const dataDir = await usedDataDir();
    fs.truncateSync(database(dataDir), 0);
    const started = startRuntimeProcess(dataDir);
    const message = await started.then(
      () => 'started',
      (error: Error) => error.message,
    );
    console.log(`[boot refusal: empty]\n${message}`);
    expect(message).toMatch(/exited \(2\)/);
    expect(message).toContain('无法启动：数据库文件是空的（0 字节），但数据目录里还有以前的数据（files/、data-key、link-secret）');
    expect(message).toContain('Refusing to start: the database is empty (0 bytes)');
    expect(message).toContain('npm run backup');
    expect(message).not.toMatch(/\n\s+at /);
    expect(fs.statSync(database(dataDir)).size).toBe(0);
  }, 60_000);

  it('refuses a missing database beside existing files', async () => {
    const dataDir = await usedDataDir();
    fs.rmSync(database(dataDir));
    expect(await refusalOf(dataDir)).toContain('数据库文件不存在');
    expect(fs.existsSync(database(dataDir))).toBe(false);
  });

  it('refuses a database with garbage in the middle (quick_check)', async () => {
    const dataDir = await usedDataDir();
    const file = database(dataDir);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, randomBytes(Math.floor(size / 2)), 0, Math.floor(size / 2), Math.floor(size / 4));
    fs.closeSync(fd);
    const message = await refusalOf(dataDir);
    console.log(`[boot refusal: damaged]\n${message}`);
    expect(message).toContain('无法启动：数据库文件已损坏（完整性检查未通过');
    expect(message).toContain('Refusing to start: the database file is damaged (quick_check');
  });

  it('refuses a database whose header is broken, without a stack trace', async () => {
    const dataDir = await usedDataDir();
    const fd = fs.openSync(database(dataDir), 'r+');
    fs.writeSync(fd, Buffer.from('not a database!!'), 0, 16, 0);
    fs.closeSync(fd);
    expect(await refusalOf(dataDir)).toContain('数据库文件已损坏（文件头不是 SQLite 数据库）');
  });
});
