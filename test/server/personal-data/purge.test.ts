import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../domain/api/envelope';
import type { FunctionName } from '../../../domain/api/envelope';
import { FUNCTIONS } from '../../../server/functions';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { submitted, VALID_FORM } from '../support/nominations';
import { personalNeedles, scanDatabase } from './scan';

const DEADLINE = '2023-10-20T15:59:59.999Z';
const EXTENDED = '2023-10-25T15:59:59.999Z';
const AFTER_ALL = '2023-11-01T02:00:00Z';
// Nothing was printed or exported here (purge-files.test.ts covers the files).
const NO_FILES = { printables: 0, exportFiles: 0, exportJobs: 0, bytes: 0 };
const SCORES = { political: 90, achievements: 85, influence: 80, materials: 88 };

let h: Harness;

/** A real handler call as `as`, with the server clock at `at`. */
async function callAt<T = unknown>(as: string, at: string, fn: FunctionName, event: Record<string, unknown>): Promise<Reply<T>> {
  const token = h.runtime.sessions.create(as, new Date(at));
  return (await FUNCTIONS[fn].handle(event, { ...h.runtime.portsFor(token), clock: { now: () => new Date(at) } })) as Reply<T>;
}
const purge = (as: string, at: string, campaignId = '2023') => callAt(as, at, 'admin', { action: 'purgePersonalData', campaignId });
const versionOf = async (id: string, at: string) =>
  dataOf(await callAt<{ version: number }>('admin-1', at, 'review', { action: 'get', nominationId: id })).version;
const purgeEntries = async () =>
  (
    h.runtime.connections.reader.prepare("SELECT actor_id, detail FROM audit_log WHERE action = 'purgePersonalData'").all() as {
      detail: string;
    }[]
  ).map((r) => ({ ...r, detail: JSON.parse(r.detail) }));

let haidian: string;
/** The sealed values as stored just before the purge. */
let envelopes: string[] = [];
const storedEnvelopes = () =>
  (h.runtime.connections.reader.prepare('SELECT form FROM nominations').all() as { form: string }[]).flatMap(
    (r) => r.form.match(/pd1:[\w:-]+/g) ?? [],
  );
beforeAll(async () => {
  h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: DEADLINE });
  haidian = (await submitted(h)).id;
  // A draft that is never submitted, and a unit given until the 25th.
  dataOf(await h.call('contact-district-xicheng', 'nomination', { action: 'saveDraft', form: { ...VALID_FORM, phone: '010-66001234' } }));
  dataOf(await h.call('admin-1', 'review', { action: 'extendDeadline', unitId: 'district-xicheng', deadline: EXTENDED }));
});
afterAll(() => h?.close());

describe('admin.purgePersonalData', () => {
  it('is for the admin only', async () => {
    for (const who of ['staff-1', 'expert-1', 'contact-district-haidian']) {
      expect(await purge(who, AFTER_ALL)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await FUNCTIONS.admin.handle({ action: 'purgePersonalData', campaignId: '2023' }, h.runtime.portsFor(null))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await purge('admin-1', AFTER_ALL, 'no-such')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses before the campaign closes: before any deadline, before a unit extension ends, while a nomination is under review', async () => {
    const before = await purge('admin-1', '2023-10-10T02:00:00Z');
    expect(before).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('活动尚未结束') } });
    const extended = await purge('admin-1', '2023-10-22T02:00:00Z');
    expect(extended).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('2023-10-25 23:59') } });
    const reviewing = await purge('admin-1', AFTER_ALL);
    expect(reviewing).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', message: expect.stringMatching(/还有 1 条推荐尚未作出最终决定（已提交 1 条）/) },
    });
    const form = await h.runtime.portsFor(null).db.read.nominations.get(haidian);
    expect(form?.form).toMatchObject({ idNumber: VALID_FORM.idNumber, phone: VALID_FORM.phone });
    expect(await purgeEntries()).toEqual([]);
  });

  it('once every nomination is decided, removes ID, phone and ID hash from each, keeps the rest, and writes one audit entry', async () => {
    const at = '2023-10-21T02:00:00Z';
    dataOf(await callAt('staff-1', at, 'review', { action: 'accept', nominationId: haidian, version: await versionOf(haidian, at) }));
    for (const expert of ['expert-1', 'expert-2'])
      dataOf(await callAt(expert, at, 'review', { action: 'score', nominationId: haidian, scores: SCORES }));
    dataOf(
      await callAt('admin-1', at, 'review', {
        action: 'decide',
        nominationId: haidian,
        version: await versionOf(haidian, at),
        decision: 'recommended',
      }),
    );
    dataOf(await callAt('admin-1', at, 'review', { action: 'publishDecisions' }));

    envelopes = storedEnvelopes();
    expect(envelopes).toHaveLength(4);
    expect(dataOf(await purge('admin-1', AFTER_ALL))).toEqual({
      campaignId: '2023',
      nominations: 2,
      idNumbers: 2,
      phones: 2,
      files: NO_FILES,
    });
    const rows = h.runtime.connections.reader.prepare('SELECT id, status, form, id_hash FROM nominations ORDER BY id').all() as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.id, r.status, r.id_hash])).toEqual([
      ['2023:district-haidian', 'recommended', null],
      ['2023:district-xicheng', 'draft', null],
    ]);
    const { idNumber, phone, ...rest } = VALID_FORM;
    for (const row of rows) expect(JSON.parse(row.form)).toEqual(rest);
    const record = dataOf(
      await callAt<{ form: Record<string, unknown>; status: string }>('admin-1', AFTER_ALL, 'review', {
        action: 'get',
        nominationId: haidian,
      }),
    );
    expect(record).toMatchObject({ status: 'recommended', form: { name: VALID_FORM.name, deeds: VALID_FORM.deeds } });
    expect(record.form.idNumber).toBeUndefined();
    expect(await purgeEntries()).toEqual([
      { actor_id: 'admin-1', detail: { campaignId: '2023', nominations: 2, idNumbers: 2, phones: 2, files: NO_FILES } },
    ]);
  });

  it('is idempotent: a second run finds nothing, changes nothing and writes nothing', async () => {
    const before = h.runtime.connections.reader.prepare('SELECT id, version FROM nominations ORDER BY id').all();
    expect(dataOf(await purge('admin-1', AFTER_ALL))).toEqual({
      campaignId: '2023',
      nominations: 0,
      idNumbers: 0,
      phones: 0,
      files: NO_FILES,
    });
    expect(h.runtime.connections.reader.prepare('SELECT id, version FROM nominations ORDER BY id').all()).toEqual(before);
    expect(await purgeEntries()).toHaveLength(1);
  });

  it('leaves not even the sealed values in the database files once the WAL is checkpointed (secure_delete)', () => {
    h.runtime.connections.writer.pragma('wal_checkpoint(TRUNCATE)');
    expect(scanDatabase(h.dataDir, [...envelopes, ...personalNeedles(VALID_FORM.idNumber, VALID_FORM.phone)])).toEqual([]);
  });
});
