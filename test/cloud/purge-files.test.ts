import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VALID_FORM } from '../domain/support/forms';
import { scanBytes } from '../server/personal-data/scan';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';

const UNITS = ['district-haidian', 'district-xicheng'];
const PHONES = ['13800138000', '010-66001234'];
let cloud: Cloud;
const secrets = PHONES.map((phone) => ({ idNumber: VALID_FORM.idNumber, phone }));
const scanStorage = () =>
  scanBytes(
    [...cloud.double.storage.files].map(([fileId, bytes]) => [fileId, new Uint8Array(bytes)]),
    secrets,
  );

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
  for (const [i, unitId] of UNITS.entries()) {
    const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId }, IT_OPENID));
    const contact = `o-contact-${unitId}`;
    dataOf(await cloud.call('auth', { action: 'redeemInvite', code, name: '张丽' }, contact));
    const saved = dataOf(
      await cloud.call<{ version: number }>('nomination', { action: 'saveDraft', form: { ...VALID_FORM, phone: '13911112222' } }, contact),
    );
    dataOf(await cloud.call('nomination', { action: 'printable' }, contact));
    // The phone corrected, printed again: only this version may stay.
    dataOf(
      await cloud.call('nomination', { action: 'saveDraft', version: saved.version, form: { ...VALID_FORM, phone: PHONES[i] } }, contact),
    );
    dataOf(await cloud.call('nomination', { action: 'printable' }, contact));
  }
  secrets.push({ idNumber: VALID_FORM.idNumber, phone: '13911112222' });
});
afterAll(() => vi.unstubAllEnvs());

describe('admin.purgePersonalData in the cloud, through the bundles and the storage double', () => {
  it('keeps one 登记表 per nomination, then leaves no ID or phone in any file of cloud storage', async () => {
    const printables = () => [...cloud.double.storage.files.keys()].filter((f) => f.includes('/printables/'));
    expect(printables()).toHaveLength(2);
    expect(scanStorage().hits.length).toBeGreaterThan(0);
    // The campaign closes: its deadline moved into the past (the drafts do not hold it open).
    const closed = openCampaign(new Date(), -1);
    dataOf(await cloud.call('admin', { action: 'setup', campaign: closed, replaceCampaign: true }, IT_OPENID));
    const report = dataOf(await cloud.call('admin', { action: 'purgePersonalData', campaignId: '2023' }, IT_OPENID));
    expect(report).toMatchObject({ nominations: 2, idNumbers: 2, phones: 2, files: { printables: 2 } });
    const scan = scanStorage();
    console.log(`[cloud purge scan] ${scan.files} files, ${scan.bytes} bytes, ${scan.entries} entries opened, ${scan.hits.length} hits`);
    expect(printables()).toEqual([]);
    expect(scan.hits).toEqual([]);
    const docs = JSON.stringify([...cloud.double.database.collections.values()].flatMap((c) => [...c.values()]));
    expect(scanBytes([['database', new TextEncoder().encode(docs)]], secrets).hits).toEqual([]);
  });
});
