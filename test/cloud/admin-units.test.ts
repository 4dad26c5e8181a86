import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN, UNIT } from './support/journey';

let cloud: Cloud;

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
});
afterAll(() => vi.unstubAllEnvs());

const sets = (collection: string) => cloud.double.database.calls.filter((c) => c.collection === collection && c.op === 'doc.set').length;

interface UnitRow {
  id: string;
  name: string;
  type: string;
  contacts: unknown[];
  openInvites: number;
}

describe('unit management on the cloud database (bundled admin function, wx-sdk double)', () => {
  it('adds, renames and lists units, with an audit entry for each change', async () => {
    const audited = sets('audit_log');
    const added = dataOf(
      await cloud.call<UnitRow>('admin', { action: 'addUnit', name: '北京市女科技工作者协会', type: 'society' }, IT_OPENID),
    );
    dataOf(await cloud.call('admin', { action: 'updateUnit', unitId: UNIT, name: '海淀区科协', type: 'grassroots' }, IT_OPENID));
    dataOf(await cloud.call('auth', { action: 'createInvite', role: 'contact', unitId: added.id }, IT_OPENID));
    const { items } = dataOf(await cloud.call<{ items: UnitRow[] }>('admin', { action: 'listUnits' }, IT_OPENID));
    expect(items).toHaveLength(27);
    expect(items.find((u) => u.id === added.id)).toMatchObject({ name: '北京市女科技工作者协会', contacts: [], openInvites: 1 });
    expect(items.find((u) => u.id === UNIT)).toMatchObject({ name: '海淀区科协', type: 'grassroots' });
    // The two unit changes and the invite.
    expect(sets('audit_log') - audited).toBe(3);
  });

  it('refuses a duplicate name and a non-admin caller, writing nothing', async () => {
    const before = sets('units');
    expect(await cloud.call('admin', { action: 'addUnit', name: '海淀区科协', type: 'district' }, IT_OPENID)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await cloud.call('admin', { action: 'addUnit', name: '某某学会', type: 'society' }, 'o-stranger')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(sets('units')).toBe(before);
  });
});
