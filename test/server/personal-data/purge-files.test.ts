import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionName, Reply } from '../../../domain/api/envelope';
import { demoForm } from '../../../scripts/seed/demo-form';
import { FUNCTIONS } from '../../../server/functions';
import { exportToEnd } from '../exports/run';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { attachPassedMedia, VALID_FORM } from '../support/nominations';
import { type FileScan, scanDataDir, type Secret } from './scan';

const DEADLINE = '2023-10-20T15:59:59.999Z';
const AFTER_ALL = '2023-11-01T02:00:00Z';
const SCORES = { political: 90, achievements: 85, influence: 80, materials: 88 };
const HAIDIAN = 'contact-district-haidian';
const XICHENG = 'contact-district-xicheng';

let h: Harness;
const secrets: Secret[] = [];

async function callAt<T = unknown>(as: string, at: string, fn: FunctionName, event: Record<string, unknown>): Promise<T> {
  const token = h.runtime.sessions.create(as, new Date(at));
  return dataOf((await FUNCTIONS[fn].handle(event, { ...h.runtime.portsFor(token), clock: { now: () => new Date(at) } })) as Reply<T>);
}
const versionOf = async (id: string) =>
  (await callAt<{ version: number }>('admin-1', AFTER_ALL, 'review', { action: 'get', nominationId: id })).version;
const print = (as: string, nominationId?: string) => h.call(as, 'nomination', { action: 'printable', nominationId }).then(dataOf);

let before: FileScan;
let after: FileScan;
let report: Record<string, unknown>;
let printablesBefore: string[] = [];
let haidianVersion = 0;

beforeAll(async () => {
  h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: DEADLINE });
  // Haidian: printed at every stage, returned, and its phone corrected before it is submitted again.
  const first = { ...VALID_FORM, phone: '010-6600 1234' };
  const made = dataOf(await h.call<{ id: string; version: number }>(HAIDIAN, 'nomination', { action: 'saveDraft', form: first }));
  await attachPassedMedia(h, made.id);
  await print(HAIDIAN);
  const sent = dataOf(await h.call<{ version: number }>(HAIDIAN, 'nomination', { action: 'submit', version: made.version }));
  await print(HAIDIAN);
  await print('staff-1', made.id);
  const reasons = [{ path: 'phone', message: '联系电话请填手机' }];
  const back = dataOf(
    await h.call<{ version: number }>('staff-1', 'review', { action: 'return', nominationId: made.id, version: sent.version, reasons }),
  );
  const fixed = dataOf(
    await h.call<{ version: number }>(HAIDIAN, 'nomination', { action: 'saveDraft', version: back.version, form: VALID_FORM }),
  );
  await print(HAIDIAN);
  haidianVersion = fixed.version;
  dataOf(await h.call(HAIDIAN, 'nomination', { action: 'submit', version: fixed.version }));
  // Xicheng: another candidate, submitted once.
  const other = { ...demoForm(3), phone: '13912345678' };
  const x = dataOf(await h.call<{ id: string; version: number }>(XICHENG, 'nomination', { action: 'saveDraft', form: other }));
  await attachPassedMedia(h, x.id);
  dataOf(await h.call(XICHENG, 'nomination', { action: 'submit', version: x.version }));
  await print(XICHENG);
  secrets.push({ idNumber: first.idNumber, phone: first.phone }, { idNumber: VALID_FORM.idNumber, phone: VALID_FORM.phone });
  secrets.push({ idNumber: other.idNumber, phone: other.phone });

  // Every kind of export, masked and full.
  for (const format of ['xlsx', 'zip'] as const) for (const full of [false, true]) await exportToEnd(h, { format, full });

  for (const id of [made.id, x.id]) {
    await callAt('staff-1', AFTER_ALL, 'review', { action: 'accept', nominationId: id, version: await versionOf(id) });
    for (const expert of ['expert-1', 'expert-2'])
      await callAt(expert, AFTER_ALL, 'review', { action: 'score', nominationId: id, scores: SCORES });
    await callAt('admin-1', AFTER_ALL, 'review', {
      action: 'decide',
      nominationId: id,
      version: await versionOf(id),
      decision: 'recommended',
    });
  }
  // Decisions are drafted, then published together.
  await callAt('admin-1', AFTER_ALL, 'review', { action: 'publishDecisions' });
  printablesBefore = fs
    .readdirSync(path.join(h.dataDir, 'files/printables'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pdf'));
  before = scanDataDir(h.dataDir, secrets);
  report = await callAt('admin-1', AFTER_ALL, 'admin', { action: 'purgePersonalData', campaignId: '2023' });
  after = scanDataDir(h.dataDir, secrets);
  console.log(
    `[purge scan] before: ${before.files} files, ${before.bytes} bytes, ${before.entries} entries opened, ${before.hits.length} hits;` +
      ` after: ${after.files} files, ${after.bytes} bytes, ${after.entries} entries opened, ${after.hits.length} hits; report ${JSON.stringify(report)}`,
  );
}, 120_000);
afterAll(() => h?.close());

describe('admin.purgePersonalData and the files', () => {
  it('finds the values before the purge in every kind of file the scan opens (so the scan can fail)', () => {
    const where = (pattern: RegExp) => before.hits.filter((hit) => pattern.test(hit));
    expect(where(/^files\/printables\/.*\.pdf:/).length).toBeGreaterThan(0);
    expect(where(/roster\.xlsx!xl\/sharedStrings\.xml:/).length).toBeGreaterThan(0);
    expect(where(/part-1\.zip!.*登记表\.pdf:/).length).toBeGreaterThan(0);
    expect(where(/part-1\.zip!推荐名单（完整）\.xlsx!/).length).toBeGreaterThan(0);
  });

  it('keeps only the latest version of a printable', () => {
    // Haidian's 登记表 was printed four times over three versions, Xicheng's once: two files, the latest of each.
    expect(printablesBefore).toHaveLength(2);
    expect(printablesBefore.some((f) => f.includes(`-v${haidianVersion}.pdf`))).toBe(true);
    expect(before.hits.some((hit) => hit.startsWith('files/printables/') && hit.endsWith(': 1066001234'))).toBe(false);
  });

  it('leaves no ID or phone in any form in any file under DATA_DIR: PDFs, xlsx, zips, the database and its WAL', () => {
    expect(after.files).toBeGreaterThan(3);
    expect(after.hits).toEqual([]);
  });

  it('reports what it removed, by kind, and expires the exports it emptied', async () => {
    expect(report).toEqual({
      campaignId: '2023',
      nominations: 2,
      idNumbers: 2,
      phones: 2,
      files: { printables: 2, exportFiles: expect.any(Number), exportJobs: 4, bytes: expect.any(Number) },
    });
    const jobs = h.runtime.connections.reader.prepare('SELECT id, phase FROM export_jobs').all() as { id: string; phase: string }[];
    expect(jobs.map((j) => j.phase)).toEqual(['expired', 'expired', 'expired', 'expired']);
    const again = await h.call('admin-1', 'review', { action: 'export', jobId: jobs[0].id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '导出文件已过期删除，请重新导出' } });
  });
});
