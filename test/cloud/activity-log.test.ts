import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';

let cloud: Cloud;
const EXPERT = 'o-expert-of-the-cloud';

interface LogPage {
  items: { id: string; action: string; actorName: string; summary: string }[];
  nextCursor: string | null;
}

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
  const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'expert' }, IT_OPENID));
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code, name: '陈评审' }, EXPERT));
  for (let i = 0; i < 4; i++) dataOf(await cloud.call('auth', { action: 'createInvite', role: 'staff' }, IT_OPENID));
});
afterAll(() => vi.unstubAllEnvs());

const log = (filters: Record<string, unknown>) =>
  cloud.call<LogPage>('admin', { action: 'activityLog', ...filters }, IT_OPENID).then(dataOf);

describe('the activity log on the cloud database (bundled admin function, wx-sdk double)', () => {
  it('searches by action and pages through every entry once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: LogPage = await log({ auditAction: 'createInvite', limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.items.every((i) => i.action === 'createInvite')).toBe(true);
      seen.push(...page.items.map((i) => `${i.id} ${i.actorName}`));
      cursor = page.nextCursor;
    } while (cursor);
    // The four staff invites, the expert's, and (oldest) the first admin's, made by the setup.
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen.filter((s) => s.endsWith('刘伟'))).toHaveLength(5);
    expect(seen[5]).toMatch(/初始化（SETUP_TOKEN）$/);
  });

  it('deactivates an expert: their next call is refused, by OPENID, and the log names who did it', async () => {
    expect((await cloud.call('auth', { action: 'whoami' }, EXPERT)).ok).toBe(true);
    const people = dataOf(await cloud.call<{ items: { id: string; role: string }[] }>('admin', { action: 'people' }, IT_OPENID));
    const expert = people.items.find((p) => p.role === 'expert');
    dataOf(await cloud.call('admin', { action: 'setActive', userId: expert?.id, active: false }, IT_OPENID));
    expect(await cloud.call('auth', { action: 'whoami' }, EXPERT)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '您的账号已被停用，如有疑问请联系市科协' },
    });
    // Nor can the same WeChat user bind itself again with a new invite.
    const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'expert' }, IT_OPENID));
    expect((await cloud.call('auth', { action: 'redeemInvite', code }, EXPERT)).ok).toBe(false);
    const { items } = await log({ auditAction: 'deactivateUser' });
    expect(items).toMatchObject([{ actorName: '刘伟', summary: '陈评审' }]);
  });
});
