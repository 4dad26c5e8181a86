import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VALID_FORM } from '../domain/support/forms';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';
import { functionNames } from './support/load-bundle';

const UNITS = ['district-haidian', 'district-xicheng'];
let cloud: Cloud;
const nominationDocs = () => [...(cloud.double.database.collections.get('nominations')?.values() ?? [])] as Record<string, unknown>[];

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
  for (const [i, unitId] of UNITS.entries()) {
    const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId }, IT_OPENID));
    dataOf(await cloud.call('auth', { action: 'redeemInvite', code, name: '张丽' }, `o-contact-${unitId}`));
    // The second unit types the same candidate's ID with a lower-case x.
    const idNumber = i === 0 ? VALID_FORM.idNumber : VALID_FORM.idNumber.toLowerCase();
    dataOf(await cloud.call('nomination', { action: 'saveDraft', form: { ...VALID_FORM, idNumber } }, `o-contact-${unitId}`));
  }
});
afterEach(() => vi.spyOn(console, 'error').mockRestore());
afterAll(() => vi.unstubAllEnvs());

describe('personal data in the cloud database, through the bundles and the wx-sdk double', () => {
  it('stores 身份证号 and 联系电话 sealed, with the ID hash beside them, and gives them back whole to the contact', async () => {
    const stored = JSON.stringify(nominationDocs());
    expect(stored).toContain(VALID_FORM.deeds);
    for (const value of [VALID_FORM.idNumber, VALID_FORM.idNumber.toLowerCase(), VALID_FORM.idNumber.slice(0, 17), VALID_FORM.phone]) {
      expect(stored).not.toContain(value);
    }
    const docs = nominationDocs();
    expect(docs).toHaveLength(2);
    expect(docs.map((d) => d.sealed)).toEqual([true, true]);
    expect(docs[0].idHash).toEqual(docs[1].idHash);
    const own = dataOf(await cloud.call<{ form: Record<string, string> }>('nomination', { action: 'get' }, 'o-contact-district-haidian'));
    expect(own.form).toMatchObject({ idNumber: VALID_FORM.idNumber, phone: VALID_FORM.phone });
  });

  it('finds the same candidate in two units by the hash, for the admin, named by unit and never from a draft', async () => {
    const duplicates = async () =>
      dataOf(await cloud.call<{ duplicateUnits: string[] }>('review', { action: 'get', nominationId: '2023:district-haidian' }, IT_OPENID))
        .duplicateUnits;
    // Drafts are the units' own: another unit's draft of the same candidate is no duplicate.
    expect(await duplicates()).toEqual([]);
    for (const doc of nominationDocs()) doc.status = 'submitted';
    expect(await duplicates()).toEqual(['西城区科学技术协会']);
    for (const doc of nominationDocs()) doc.status = 'draft';
  });

  it('answers INTERNAL, not garbage, when the key is another one', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubEnv('JINGUO_DATA_KEY', randomBytes(32).toString('hex'));
    const reply = await cloud.call('nomination', { action: 'get' }, 'o-contact-district-haidian');
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('数据密钥') } });
    expect(log.mock.calls.flat().join(' ')).toMatch(/cannot open nominations\/2023:district-haidian\/(idNumber|phone)/);
    vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  });

  it.each(functionNames())('%s loads without a key, logs why, and answers every call INTERNAL naming JINGUO_DATA_KEY', async (name) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubEnv('JINGUO_DATA_KEY', '');
    const fresh = openCloud();
    const reply = await fresh.call(name, { action: 'current' }, 'o-anyone');
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('JINGUO_DATA_KEY') } });
    expect(log.mock.calls.flat().join(' ')).toContain(`[${name}] cannot start: JINGUO_DATA_KEY is not set`);
    vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  });
});
