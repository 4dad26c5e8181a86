import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, UNIT, VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface UnitRow {
  id: string;
  name: string;
  type: string;
  contacts: { userId: string; name: string }[];
  openInvites: number;
  nominationStatus: string | null;
}

const units = async () => dataOf(await h.call<{ items: UnitRow[] }>('admin-1', 'admin', { action: 'listUnits' })).items;
const auditOf = (action: string) =>
  h.runtime.connections.reader.prepare('SELECT actor_id, detail FROM audit_log WHERE action = ?').all(action) as {
    actor_id: string;
    detail: string;
  }[];

describe('admin: units', () => {
  it('lists every unit with its contact, open invites and this campaign’s nomination', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    dataOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
    dataOf(await h.call('admin-1', 'auth', { action: 'createInvite', role: 'contact', unitId: UNIT }));
    const list = await units();
    expect(list.length).toBeGreaterThanOrEqual(16);
    const haidian = list.find((u) => u.id === UNIT);
    expect(haidian).toMatchObject({ type: 'district', nominationStatus: 'draft', openInvites: 1 });
    expect(haidian?.contacts.map((c) => c.userId)).toEqual([CONTACT]);
    expect(list.find((u) => u.id === 'district-miyun')).toMatchObject({ nominationStatus: null, openInvites: 0 });
  });

  it('adds a unit without a contact, and refuses a duplicate name', async () => {
    h = await openHarness();
    const added = dataOf(
      await h.call<UnitRow>('admin-1', 'admin', { action: 'addUnit', name: '  北京市女科技工作者协会 ', type: 'society' }),
    );
    expect(added).toMatchObject({ name: '北京市女科技工作者协会', type: 'society' });
    expect(added.id).toMatch(/^society-[a-z0-9]{8}$/);
    expect((await units()).find((u) => u.id === added.id)).toMatchObject({ contacts: [], nominationStatus: null });
    // An invite for the new unit works like any other.
    dataOf(await h.call('admin-1', 'auth', { action: 'createInvite', role: 'contact', unitId: added.id }));
    const again = await h.call('admin-1', 'admin', { action: 'addUnit', name: '北京市女科技工作者协会', type: 'foundation' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('同名'), fields: [{ path: 'name' }] },
    });
    expect(auditOf('addUnit')).toHaveLength(1);
    expect(auditOf('addUnit')[0].actor_id).toBe('admin-1');
  });

  it('renames and retypes a unit, with the change in the audit log', async () => {
    h = await openHarness();
    const renamed = dataOf(await h.call<UnitRow>('admin-1', 'admin', { action: 'updateUnit', unitId: UNIT, name: '海淀区科协' }));
    expect(renamed).toMatchObject({ id: UNIT, name: '海淀区科协', type: 'district' });
    dataOf(await h.call('admin-1', 'admin', { action: 'updateUnit', unitId: UNIT, type: 'grassroots' }));
    expect((await units()).find((u) => u.id === UNIT)).toMatchObject({ name: '海淀区科协', type: 'grassroots' });
    expect(dataOf(await h.call<{ unitName: string }>(CONTACT, 'auth', { action: 'whoami' })).unitName).toBe('海淀区科协');
    const [first] = auditOf('updateUnit');
    expect(JSON.parse(first.detail)).toMatchObject({ before: { name: '海淀区科学技术协会' }, after: { name: '海淀区科协' } });
    // Keeping its own name is no clash; taking another unit's is.
    dataOf(await h.call('admin-1', 'admin', { action: 'updateUnit', unitId: UNIT, name: '海淀区科协' }));
    expect(await h.call('admin-1', 'admin', { action: 'updateUnit', unitId: UNIT, name: '密云区科学技术协会' })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await h.call('admin-1', 'admin', { action: 'updateUnit', unitId: 'nope', name: '某单位' })).toMatchObject({
      error: { code: 'NOT_FOUND', message: '没有这个推荐单位' },
    });
  });

  it('validates the input and changes nothing when it is wrong', async () => {
    h = await openHarness();
    const before = await units();
    const cases = [
      { action: 'addUnit', name: '某', type: 'society' },
      { action: 'addUnit', name: '某某学会', type: 'club' },
      { action: 'addUnit', name: 'x'.repeat(61), type: 'society' },
      { action: 'addUnit', type: 'society' },
      { action: 'updateUnit', unitId: UNIT },
      { action: 'updateUnit', unitId: UNIT, name: ' ' },
    ];
    for (const event of cases) {
      expect(await h.call('admin-1', 'admin', event), JSON.stringify(event)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
    }
    expect(await units()).toEqual(before);
    expect(auditOf('addUnit')).toHaveLength(0);
  });

  it('is for the admin only', async () => {
    h = await openHarness();
    for (const who of ['staff-1', 'expert-1', CONTACT]) {
      for (const event of [
        { action: 'listUnits' },
        { action: 'addUnit', name: '某某学会', type: 'society' },
        { action: 'updateUnit', unitId: UNIT, name: '某某' },
      ]) {
        expect(await h.call(who, 'admin', event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect(await h.call(null, 'admin', { action: 'listUnits' })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await units()).find((u) => u.id === UNIT)?.name).toBe('海淀区科学技术协会');
  });
});

describe('admin: invites list', () => {
  it('tells each invite’s status, unit and who used it, and filters by status', async () => {
    h = await openHarness({ now: '2026-01-01T00:00:00Z' });
    const make = async (event: Record<string, unknown>) =>
      dataOf(await h.call<{ code: string }>('admin-1', 'auth', { action: 'createInvite', ...event })).code;
    const used = await make({ role: 'contact', unitId: UNIT });
    const revoked = await make({ role: 'expert' });
    const open = await make({ role: 'staff', validDays: 3 });
    const expired = await make({ role: 'staff' });
    dataOf(await h.callAsWechat('openid-x', 'auth', { action: 'redeemInvite', code: used, name: '钱老师' }));
    dataOf(await h.call('admin-1', 'auth', { action: 'revokeInvite', code: revoked }));
    h.runtime.connections.writer.prepare('UPDATE invites SET expires_at = ? WHERE code = ?').run('2025-12-31T00:00:00.000Z', expired);
    type Listed = {
      items: { code: string; status: string; unitName: string | null; usedByName: string | null }[];
      counts: Record<string, number>;
    };
    const all = dataOf(await h.call<Listed>('admin-1', 'auth', { action: 'listInvites' }));
    const byCode = new Map(all.items.map((i) => [i.code, i]));
    expect(byCode.get(used)).toMatchObject({ status: 'used', unitName: '海淀区科学技术协会', usedByName: '钱老师' });
    expect(byCode.get(revoked)).toMatchObject({ status: 'revoked', unitName: null });
    expect(byCode.get(open)).toMatchObject({ status: 'unused' });
    expect(byCode.get(expired)).toMatchObject({ status: 'expired' });
    expect(all.counts).toEqual({ unused: 1, used: 1, expired: 1, revoked: 1 });
    expect(auditOf('revokeInvite').map((a) => [a.actor_id, JSON.parse(a.detail).code])).toEqual([['admin-1', revoked]]);
    const onlyUsed = dataOf(await h.call<Listed>('admin-1', 'auth', { action: 'listInvites', status: 'used' }));
    expect(onlyUsed.items.map((i) => i.code)).toEqual([used]);
    expect(await h.call('admin-1', 'auth', { action: 'listInvites', status: 'lost' })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    });
  });
});
