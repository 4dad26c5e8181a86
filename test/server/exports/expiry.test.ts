import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { ADMIN, exportToEnd } from './run';
import { seedNominations } from './seed';

const DAY_MS = 24 * 60 * 60 * 1000;
let h: Harness;
afterEach(() => h?.close());

const open = () => openHarness({ now: '2023-10-10T02:00:00Z', deadline: '2023-10-20T15:59:59.999Z', frozenClock: true });
const tick = () => h.callAsWechat<{ storage: Record<string, number> }>(null, 'scheduler', { action: 'tick' }, 'wx_trigger').then(dataOf);
const exportFiles = () => {
  const dir = path.join(h.dataDir, 'files/exports');
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.includes('.'))
    : [];
};

describe('export retention', () => {
  it('removes an export 7 days after it started (the default), by the scheduler, and the job then answers that it expired', async () => {
    h = await open();
    await seedNominations(h.runtime, { count: 2, statuses: ['submitted'] });
    const { result } = await exportToEnd(h, { format: 'zip' });
    expect(exportFiles().length).toBeGreaterThan(0);
    h.advance(7 * DAY_MS - 60_000);
    expect((await tick()).storage).toMatchObject({ exportFiles: 0 });
    expect(exportFiles().length).toBeGreaterThan(0);
    h.advance(2 * 60_000);
    const { storage } = await tick();
    expect(storage.exportFiles).toBeGreaterThan(0);
    expect(exportFiles()).toEqual([]);
    expect(await h.call(ADMIN, 'review', { action: 'export', jobId: result.jobId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '导出文件已过期删除，请重新导出' },
    });
  });

  it('keeps an export as long as the campaign says', async () => {
    h = await open();
    const ports = h.runtime.portsFor(null);
    const campaign = await ports.db.read.campaigns.get('2023');
    if (!campaign) throw new Error('no campaign');
    await ports.db.transaction((tx) => tx.campaigns.put({ ...campaign, storage: { exportRetentionDays: 2 } }));
    await seedNominations(h.runtime, { count: 1, statuses: ['submitted'] });
    await exportToEnd(h, { format: 'xlsx' });
    h.advance(2 * DAY_MS + 60_000);
    expect((await tick()).storage.exportFiles).toBe(1);
    expect(exportFiles()).toEqual([]);
  });
});
