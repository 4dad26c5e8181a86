import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from './support/harness';

let h: Harness;
afterEach(() => h?.close());

const create = async (event: Record<string, unknown>) =>
  dataOf(await h.call<{ code: string; expiresAt: string }>('admin-1', 'auth', { action: 'createInvite', ...event }));

describe('invites', () => {
  it('binds a WeChat user to the invite unit once, by OPENID', async () => {
    h = await openHarness();
    const { code } = await create({ role: 'contact', unitId: 'district-miyun' });
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    expect(dataOf(await h.callAsWechat('openid-a', 'auth', { action: 'redeemInvite', code: typed, name: '赵老师' }))).toMatchObject({
      role: 'contact',
      unitId: 'district-miyun',
    });
    expect(dataOf(await h.callAsWechat('openid-a', 'auth', { action: 'whoami' }))).toMatchObject({
      role: 'contact',
      name: '赵老师',
      unitName: '密云区科学技术协会',
    });
    const again = await h.callAsWechat('openid-b', 'auth', { action: 'redeemInvite', code });
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('已被使用') } });
    // Someone already bound is not the audience of redeemInvite any more.
    const twice = await h.callAsWechat('openid-a', 'auth', { action: 'redeemInvite', code });
    expect(twice).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('已绑定') } });
  });

  it('refuses revoked, expired and unknown codes with a reason', async () => {
    h = await openHarness({ now: '2026-01-01T00:00:00Z' });
    const revoked = await create({ role: 'expert' });
    dataOf(await h.call('admin-1', 'auth', { action: 'revokeInvite', code: revoked.code }));
    expect(await h.callAsWechat('o1', 'auth', { action: 'redeemInvite', code: revoked.code })).toMatchObject({
      error: { message: expect.stringContaining('作废') },
    });
    expect(await h.callAsWechat('o1', 'auth', { action: 'redeemInvite', code: 'ZZZZZZZZ' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const expiring = await create({ role: 'staff', validDays: 1 });
    // The clock started at NOW runs on, so only the day is exact.
    expect(expiring.expiresAt).toMatch(/^2026-01-02T00:00:0/);
    h.runtime.connections.writer.prepare('UPDATE invites SET expires_at = ? WHERE code = ?').run('2025-12-31T00:00:00.000Z', expiring.code);
    expect(await h.callAsWechat('o2', 'auth', { action: 'redeemInvite', code: expiring.code })).toMatchObject({
      error: { message: expect.stringContaining('过期') },
    });
    const listed = dataOf(await h.call<{ items: { code: string }[] }>('admin-1', 'auth', { action: 'listInvites' }));
    expect(listed.items.map((i) => i.code)).toContain(revoked.code);
  });

  it('lets only the admin create invites, and contacts need a unit', async () => {
    h = await openHarness();
    expect(await h.call('staff-1', 'auth', { action: 'createInvite', role: 'expert' })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await h.call('admin-1', 'auth', { action: 'createInvite', role: 'contact' })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await h.call('admin-1', 'auth', { action: 'createInvite', role: 'contact', unitId: 'nope' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});
