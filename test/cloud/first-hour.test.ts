import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../domain/api/envelope';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, CONTACT_OPENID, firstHour, IT_OPENID, SETUP_TOKEN, UNIT } from './support/journey';
import { realSdkLoaded } from './support/load-bundle';

let cloud: Cloud;
let r: Record<string, Reply>;

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  // The bundles read storage with node:http(s); a fetch call would be a path the double cannot see.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('fetch is not used by the cloud functions')));
  r = await firstHour(cloud);
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('a new cloud environment, through the bundled functions and the wx-sdk double', () => {
  it('has no campaign before setup', () => {
    expect(r.beforeSetup).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses setup without SETUP_TOKEN while there is no admin', () => {
    expect(r.setupWithoutToken).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('creates every collection, the campaign and the units, and binds the caller as the first admin', () => {
    const data = dataOf(r.setup) as Record<string, { created?: string[]; existing?: string[] } & Record<string, unknown>>;
    expect(data.collections.created).toEqual(expect.arrayContaining(['campaigns', 'units', 'users', 'nominations', 'outbox']));
    expect(data.collections.existing).toEqual([]);
    expect(data.campaign).toEqual({ id: '2023', action: 'created' });
    expect(data.units).toEqual({ added: 26, updated: 0, unchanged: 0 });
    expect(data.admin).toMatchObject({ bound: true });
    const creates = cloud.double.database.calls.filter((c) => c.op === 'createCollection').map((c) => c.collection);
    expect(new Set(creates)).toEqual(new Set(data.collections.created));
  });

  it('runs again as the admin without changing anything', () => {
    const data = dataOf(r.setupAgain) as Record<string, Record<string, unknown>>;
    expect(data.collections.created).toEqual([]);
    expect(data.campaign).toEqual({ id: '2023', action: 'kept' });
    expect(data.units).toEqual({ added: 0, updated: 0, unchanged: 26 });
    expect(data.admin).toBeUndefined();
  });

  it('refuses SETUP_TOKEN once an admin exists', async () => {
    const again = await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN }, 'o-someone-else');
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('serves campaign.current to anyone after setup', () => {
    expect(dataOf(r.current)).toMatchObject({ id: '2023', organizer: '北京市科学技术协会', quotaPerUnit: 1 });
  });

  it('binds a contact through an invite the admin created, by the OPENID WeChat vouches for', () => {
    expect(dataOf(r.invite)).toMatchObject({ role: 'contact', unitId: UNIT });
    expect(dataOf(r.redeem)).toMatchObject({ role: 'contact', unitId: UNIT });
    expect(dataOf(r.whoami)).toMatchObject({ role: 'contact', unitId: UNIT, unitName: '海淀区科学技术协会' });
    const user = [...(cloud.double.database.collections.get('users')?.values() ?? [])].find((u) => u.externalId === CONTACT_OPENID);
    expect(user).toMatchObject({ role: 'contact', unitId: UNIT, name: '张丽' });
  });

  it("saves the contact's draft under the deterministic nomination id and gives it back", () => {
    expect(dataOf(r.saveDraft)).toMatchObject({ id: `2023:${UNIT}`, version: 1, status: 'draft' });
    expect(dataOf(r.get)).toMatchObject({ id: `2023:${UNIT}`, version: 1, status: 'draft', form: { name: '李秀英' } });
    expect(cloud.double.database.peek('nominations', `2023:${UNIT}`)).toMatchObject({ campaignId: '2023', unitId: UNIT, version: 1 });
  });

  it('stores the 登记表 PDF in cloud storage with the CJK font found beside the bundle', () => {
    const { fileId } = dataOf(r.printable) as { fileId: string };
    const pdf = cloud.double.storage.files.get(fileId);
    expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exports the roster as xlsx into cloud storage (exceljs with the bundle shims)', (ctx) => {
    if (!r.export) ctx.skip();
    const data = dataOf(r.export) as { fileId?: string; jobId?: string };
    const fileId = data.fileId ?? '';
    expect(cloud.double.storage.files.get(fileId)?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('answers the timer with a drained outbox', () => {
    expect(dataOf(r.timer)).toMatchObject({ trigger: 'every5min', outbox: { failed: 0 } });
  });

  it('never loaded the real wx-server-sdk', () => {
    expect(realSdkLoaded()).toBe(false);
    expect(cloud.double.initCalls.every((o) => (o as { env: unknown }).env === cloud.double.DYNAMIC_CURRENT_ENV)).toBe(true);
  });

  it('ignores an OPENID claimed in the event', async () => {
    const forged = { action: 'whoami', OPENID: IT_OPENID, openid: IT_OPENID, userInfo: { openId: IT_OPENID, appId: 'wx' } };
    expect(await cloud.call('auth', forged, CONTACT_OPENID)).toMatchObject({ ok: true, data: { role: 'contact' } });
    expect(await cloud.call('auth', forged, 'o-stranger')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await cloud.call('admin', { ...forged, action: 'setup' }, CONTACT_OPENID)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
