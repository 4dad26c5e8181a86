import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';

let cloud: Cloud;
const CONTACTS = { 'district-chaoyang': 'o-chaoyang', 'district-xicheng': 'o-xicheng' };

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
  for (const [unitId, openid] of Object.entries(CONTACTS)) {
    const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId }, IT_OPENID));
    dataOf(await cloud.call('auth', { action: 'redeemInvite', code, name: '联系人' }, openid));
  }
  dataOf(await cloud.call('nomination', { action: 'saveDraft', form: { name: '王小红' } }, 'o-xicheng'));
});
afterAll(() => vi.unstubAllEnvs());

const inboxKeys = (openid: string) =>
  cloud
    .call<{ items: { title: string }[] }>('notify', { action: 'inbox' }, openid)
    .then(dataOf)
    .then((r) => r.items.map((i) => i.title));

describe('who is missing, on the cloud database (bundled review function, wx-sdk double)', () => {
  it('lists the units without a submission with their contacts, and a draft as a draft', async () => {
    const d = dataOf(
      await cloud.call<{ notSubmitted: { unitId: string; status: string | null; contacts: { name: string }[] }[] }>(
        'review',
        { action: 'dashboard' },
        IT_OPENID,
      ),
    );
    expect(d.notSubmitted).toHaveLength(26);
    expect(d.notSubmitted.find((u) => u.unitId === 'district-xicheng')).toMatchObject({ status: 'draft', contacts: [{ name: '联系人' }] });
    expect(d.notSubmitted.find((u) => u.unitId === 'district-chaoyang')).toMatchObject({ status: null });
  });

  it('「提醒」 reaches the contact once a day, through the inbox and the outbox', async () => {
    dataOf(await cloud.call('review', { action: 'remind', unitId: 'district-chaoyang' }, IT_OPENID));
    expect(await inboxKeys('o-chaoyang')).toHaveLength(1);
    expect(await cloud.call('review', { action: 'remind', unitId: 'district-chaoyang' }, IT_OPENID)).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    const all = dataOf(await cloud.call<{ reminded: number }>('review', { action: 'remind' }, IT_OPENID));
    // 西城 only: 朝阳 was reminded today, the other units have no contact yet.
    expect(all.reminded).toBe(1);
    expect(await inboxKeys('o-xicheng')).toHaveLength(1);
    expect(await inboxKeys('o-chaoyang')).toHaveLength(1);
  });
});
