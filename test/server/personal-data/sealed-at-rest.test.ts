import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../../server/core/outbox';
import { buildId } from '../../domain/support/id-numbers';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { attachPassedMedia, VALID_FORM } from '../support/nominations';
import { personalNeedles, scanDatabase } from './scan';
import { exportToEnd } from '../exports/run';

const fullWidth = (s: string) => [...s].map((c) => (/[0-9A-Z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
const SHARED_ID = buildId({ province: 11, area: 108, year: 1978, month: 3, day: 8, seq: 21, sex: 4 });

/** Four units; xicheng puts forward haidian's candidate again, typed another way. */
const CANDIDATES = [
  { unit: 'district-haidian', idNumber: SHARED_ID, typedId: SHARED_ID.toLowerCase(), phone: '13911112222', typedPhone: '139 1111 2222' },
  {
    unit: 'district-xicheng',
    idNumber: SHARED_ID,
    typedId: fullWidth(SHARED_ID),
    phone: '010-84650077-8513',
    typedPhone: '(010) 8465 0077 转 8513',
  },
  {
    unit: 'society-chemistry',
    idNumber: buildId({ province: 13, area: 102, year: 1990, month: 12, day: 1, seq: 7, sex: 8 }),
    typedId: '',
    phone: '15800001111',
    typedPhone: '+86 158 0000 1111',
  },
  {
    unit: 'grassroots-pku',
    idNumber: buildId({ province: 32, area: 5011, year: 1985, month: 7, day: 30, seq: 55, sex: 0 }),
    typedId: '',
    phone: '010-62751234',
    typedPhone: '010 6275 1234',
  },
].map((c) => ({ ...c, contact: `contact-${c.unit}`, typedId: c.typedId || c.idNumber }));

let h: Harness;
const ids: Record<string, string> = {};
let reviewed: { duplicateUnits: string[]; form: Record<string, string> };
let revealed: Record<string, string>;

beforeAll(async () => {
  h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
  for (const c of CANDIDATES) {
    // A first draft with only what was typed so far, then the whole form, then submit.
    const first = dataOf(
      await h.call<{ id: string; version: number }>(c.contact, 'nomination', {
        action: 'saveDraft',
        form: { name: VALID_FORM.name, idNumber: c.typedId, phone: c.typedPhone },
      }),
    );
    const draft = dataOf(
      await h.call<{ version: number }>(c.contact, 'nomination', {
        action: 'saveDraft',
        version: first.version,
        form: { ...VALID_FORM, idNumber: c.typedId, phone: c.typedPhone },
      }),
    );
    await attachPassedMedia(h, first.id);
    dataOf(await h.call(c.contact, 'nomination', { action: 'submit', version: draft.version }));
    ids[c.unit] = first.id;
  }
  reviewed = dataOf(await h.call('staff-1', 'review', { action: 'get', nominationId: ids['district-haidian'] }));
  revealed = {};
  for (const field of ['idNumber', 'phone']) {
    revealed[field] = dataOf(
      await h.call<{ value: string }>('staff-1', 'review', { action: 'reveal', nominationId: ids['district-haidian'], field }),
    ).value;
    dataOf(await h.call('admin-1', 'review', { action: 'reveal', nominationId: ids['district-xicheng'], field }));
  }
  const haidian = dataOf(await h.call<{ version: number }>('staff-1', 'review', { action: 'get', nominationId: ids['district-haidian'] }));
  dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: ids['district-haidian'], version: haidian.version }));
  const chem = dataOf(await h.call<{ version: number }>('staff-1', 'review', { action: 'get', nominationId: ids['society-chemistry'] }));
  dataOf(
    await h.call('staff-1', 'review', {
      action: 'return',
      nominationId: ids['society-chemistry'],
      version: chem.version,
      reasons: [{ path: 'phone', message: '联系电话请写本人手机' }],
    }),
  );
  dataOf(await h.call('staff-1', 'review', { action: 'paperReceived', nominationId: ids['grassroots-pku'], copies: 2 }));
  await exportToEnd(h, { format: 'xlsx', full: true });
  await exportToEnd(h, { format: 'xlsx' });
  dataOf(await h.call('staff-1', 'nomination', { action: 'printable', nominationId: ids['district-xicheng'] }));
  await drainOutbox(h.runtime.portsFor(null));
});
afterAll(() => h?.close());

describe('身份证号 and 联系电话 at rest', () => {
  it('are whole for the unit contact, masked for the reviewers, and whole on reveal', async () => {
    const own = dataOf(await h.call<{ form: Record<string, string> }>('contact-district-xicheng', 'nomination', { action: 'get' }));
    expect(own.form).toMatchObject({ idNumber: SHARED_ID, phone: '010-84650077-8513' });
    expect(reviewed.form.idNumber).toBe(`${SHARED_ID.slice(0, 6)}********${SHARED_ID.slice(-4)}`);
    expect(reviewed.form.phone).toBe('139****2222');
    expect(revealed).toEqual({ idNumber: SHARED_ID, phone: '13911112222' });
  });

  it('warn of the same candidate put forward by two units, whatever the spelling', async () => {
    expect(reviewed.duplicateUnits).toEqual(['西城区科学技术协会']);
    const other = dataOf(
      await h.call<{ duplicateUnits: string[] }>('admin-1', 'review', { action: 'get', nominationId: ids['grassroots-pku'] }),
    );
    expect(other.duplicateUnits).toEqual([]);
  });

  it('appear nowhere in the raw bytes of jinguo.sqlite, its WAL and its shared memory, before and after a checkpoint', () => {
    const needles = CANDIDATES.flatMap((c) => personalNeedles(c.idNumber, c.phone, [c.typedId, c.typedPhone.trim()]));
    // The scan can fail: what is not personal data is found where it is stored.
    expect(scanDatabase(h.dataDir, [VALID_FORM.deeds, 'contact-society-chemistry'])).not.toEqual([]);
    expect(scanDatabase(h.dataDir, needles)).toEqual([]);
    h.runtime.connections.writer.pragma('wal_checkpoint(PASSIVE)');
    expect(scanDatabase(h.dataDir, needles)).toEqual([]);
  });

  it('are sealed in the form column, with the ID hash in its own column', () => {
    const rows = h.runtime.connections.reader.prepare('SELECT id, form, id_hash, sealed FROM nominations ORDER BY id').all() as {
      form: string;
      id_hash: string;
      sealed: number;
    }[];
    expect(rows).toHaveLength(CANDIDATES.length);
    for (const row of rows) {
      expect(row.sealed).toBe(1);
      expect(JSON.parse(row.form)).toMatchObject({ idNumber: expect.stringMatching(/^pd1:/), phone: expect.stringMatching(/^pd1:/) });
    }
    expect(new Set(rows.map((r) => r.id_hash)).size).toBe(CANDIDATES.length - 1);
  });
});
