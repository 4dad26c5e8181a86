import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportJobRecord } from '../../../server/core/repositories';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { ADMIN, type ExportReply, exportToEnd, isDone, startExport, stored } from './run';
import { seedNominations } from './seed';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
const exportCall = (as: string | null, event: Record<string, unknown>) => h.call<ExportReply>(as, 'review', { action: 'export', ...event });

async function job(id: string): Promise<ExportJobRecord> {
  const found = await h.runtime.portsFor(null).db.read.exportJobs.get(id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
}

async function change(id: string, edit: (job: ExportJobRecord) => Partial<ExportJobRecord>) {
  const current = await job(id);
  await h.runtime
    .portsFor(null)
    .db.transaction((tx) => tx.exportJobs.update({ ...current, ...edit(current), version: current.version + 1 }, current.version));
}

describe('review.export jobs', () => {
  it('is for the admin only', async () => {
    h = await open();
    for (const who of ['contact-district-haidian', 'staff-1', 'expert-1']) {
      expect(await exportCall(who, { format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await exportCall(null, { format: 'zip' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const { result } = await exportToEnd(h, { format: 'xlsx' });
    expect(await exportCall('staff-1', { jobId: result.jobId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a missing or unknown format and an unknown job, with typed errors', async () => {
    h = await open();
    expect(await exportCall(ADMIN, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: 'format' }] } });
    expect(await exportCall(ADMIN, { format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'format' }] },
    });
    expect(await exportCall(ADMIN, { format: 'xlsx', full: 'yes' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await exportCall(ADMIN, { jobId: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a finished job again with the same files and fresh links', async () => {
    h = await open();
    await seedNominations(h.runtime, { count: 2, statuses: ['submitted'] });
    const { result } = await exportToEnd(h, { format: 'zip' });
    const again = dataOf(await exportCall(ADMIN, { jobId: result.jobId }));
    expect(again).toMatchObject({ fileId: result.fileId, files: result.files.map((f) => ({ fileId: f.fileId, name: f.name })) });
  });

  it('leaves a job alone while another call holds it, and takes it over once that call has died', async () => {
    h = await open();
    await seedNominations(h.runtime, { count: 4, statuses: ['submitted'] });
    const first = await startExport(h, { format: 'xlsx' }, { callMs: 0, rowsPerStep: 2 });
    expect(first).toMatchObject({ progress: 0.05, done: 0, total: 4 });
    // Another call is working on it (the clock is at 01:00Z).
    await change(first.jobId, () => ({ leaseUntil: '2023-10-01T01:30:00.000Z' }));
    expect(dataOf(await exportCall(ADMIN, { jobId: first.jobId }))).toEqual(first);
    expect((await job(first.jobId)).steps).toBe(1);
    // That call was killed by the platform: its lease runs out and the next call redoes its step.
    await change(first.jobId, () => ({ leaseUntil: '2023-10-01T00:59:00.000Z' }));
    expect(dataOf(await exportCall(ADMIN, { jobId: first.jobId }))).toMatchObject({ progress: 0.5, done: 2 });
    expect(await job(first.jobId)).toMatchObject({ steps: 2, leaseUntil: null, attempts: 0 });
  });

  it('retries a failed step on the next call, and gives the job up after three calls without progress', async () => {
    h = await open();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await seedNominations(h.runtime, { count: 3, statuses: ['submitted'] });
    const files = h.runtime.portsFor(null).files;
    const first = await startExport(h, { format: 'xlsx' }, { callMs: 0 });
    expect(dataOf(await exportCall(ADMIN, { jobId: first.jobId }))).toMatchObject({ progress: 0.95 });
    const [chunk] = (await job(first.jobId)).rowChunks;
    const saved = await stored(h, chunk);
    await files.remove(chunk);
    expect(dataOf(await exportCall(ADMIN, { jobId: first.jobId }))).toMatchObject({ progress: 0.95 });
    expect(await job(first.jobId)).toMatchObject({
      phase: 'roster',
      attempts: 1,
      leaseUntil: null,
      error: expect.stringContaining('中间文件丢失'),
    });
    await files.put(chunk, saved);
    expect(isDone(dataOf(await exportCall(ADMIN, { jobId: first.jobId })))).toBe(true);

    const doomed = await startExport(h, { format: 'xlsx' }, { callMs: 0 });
    dataOf(await exportCall(ADMIN, { jobId: doomed.jobId }));
    await files.remove((await job(doomed.jobId)).rowChunks[0]);
    for (let i = 0; i < 3; i++) expect((await exportCall(ADMIN, { jobId: doomed.jobId })).ok).toBe(true);
    const gaveUp = await exportCall(ADMIN, { jobId: doomed.jobId });
    expect(gaveUp).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: '导出未能完成，请重新导出' } });
    expect((await job(doomed.jobId)).phase).toBe('failed');
    expect(quiet).toHaveBeenCalledTimes(4);
    quiet.mockRestore();
  });

  it('removes the intermediate row files, which hold personal data, once the roster is written', async () => {
    h = await open();
    await seedNominations(h.runtime, { count: 3, statuses: ['submitted'] });
    const { result } = await exportToEnd(h, { format: 'xlsx', full: true }, { rowsPerStep: 1 });
    const { rowChunks } = await job(result.jobId);
    expect(rowChunks).toHaveLength(3);
    for (const fileId of rowChunks) expect(await h.runtime.portsFor(null).files.readAll(fileId)).toBeNull();
  });
});
