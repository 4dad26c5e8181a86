import { afterEach, describe, expect, it } from 'vitest';
import { buildId } from '../domain/support/id-numbers';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
type Got = { form: Record<string, string> };

describe('issue 16’s form rules on the server', () => {
  it('reads a draft saved with an earlier 文化程度 label in GB/T 4658 terms, and submits it so', async () => {
    h = await open();
    const saved = dataOf(
      await h.call<{ id: string; version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { ...VALID_FORM, education: '高中' },
      }),
    );
    const got = dataOf(await h.call<Got>(CONTACT, 'nomination', { action: 'get' }));
    expect(got.form.education).toBe('普通高中');
    await attachPassedMedia(h, saved.id);
    dataOf(await h.call(CONTACT, 'nomination', { action: 'submit', version: saved.version, consent: true }));
    expect(dataOf(await h.call<Got>(CONTACT, 'nomination', { action: 'get' })).form.education).toBe('普通高中');
  });

  it('takes the candidate’s age at the campaign’s deadline, not on the machine’s date: 99 then is accepted', async () => {
    h = await open();
    // Born 1924-01-01: 99 on 2023-10-20, past 100 on any date this test runs on.
    const idNumber = buildId({ province: 11, area: 105, year: 1924, month: 1, day: 1, seq: 1, sex: 2 });
    const saved = dataOf(
      await h.call<{ id: string; version: number; warnings: unknown[] }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { ...VALID_FORM, idNumber },
      }),
    );
    expect(saved.warnings).toEqual([]);
    await attachPassedMedia(h, saved.id);
    expect(await h.call(CONTACT, 'nomination', { action: 'submit', version: saved.version, consent: true })).toMatchObject({ ok: true });
  });

  it('refuses a candidate 15 on the deadline, naming the age', async () => {
    h = await open();
    // Born 2007-10-21: 15 on the deadline (2023-10-20), the day the rule is judged on.
    const idNumber = buildId({ province: 11, area: 105, year: 2007, month: 10, day: 21, seq: 1, sex: 2 });
    const saved = dataOf(
      await h.call<{ id: string; version: number; warnings: { code: string; message: string }[] }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { ...VALID_FORM, idNumber },
      }),
    );
    expect(saved.warnings).toEqual([expect.objectContaining({ code: 'ID_AGE_IMPLAUSIBLE', message: expect.stringContaining('15 岁') })]);
    await attachPassedMedia(h, saved.id);
    const reply = await h.call(CONTACT, 'nomination', { action: 'submit', version: saved.version, consent: true });
    expect(reply).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: [{ path: 'idNumber', code: 'ID_AGE_IMPLAUSIBLE' }] } });
  });

  it('stores the notice’s own phone spellings in the canonical form', async () => {
    h = await open();
    const saved = dataOf(
      await h.call<{ id: string; version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { ...VALID_FORM, phone: '84650077转8513' },
      }),
    );
    await attachPassedMedia(h, saved.id);
    dataOf(await h.call(CONTACT, 'nomination', { action: 'submit', version: saved.version, consent: true }));
    expect(dataOf(await h.call<Got>(CONTACT, 'nomination', { action: 'get' })).form.phone).toBe('010-84650077-8513');
  });
});
