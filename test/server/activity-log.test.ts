import { afterEach, describe, expect, it } from 'vitest';
import { shortCodeOf } from '../../server/core/short-code';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, draft, attachPassedMedia, submitted } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface LogPage {
  items: {
    id: string;
    at: string;
    action: string;
    label: string;
    summary: string;
    actorId: string;
    actorName: string;
    actorRole: string | null;
    nominationId: string | null;
    nominationLabel: string | null;
  }[];
  nextCursor: string | null;
}

const log = (filters: Record<string, unknown>) => h.call<LogPage>('admin-1', 'admin', { action: 'activityLog', ...filters }).then(dataOf);

describe('the activity log', () => {
  it('records invites made and revoked, reveals, paper forms, removed photos and reminders, with who and when', async () => {
    h = await openHarness();
    const { code } = dataOf(await h.call<{ code: string }>('admin-1', 'auth', { action: 'createInvite', role: 'expert' }));
    dataOf(await h.call('admin-1', 'auth', { action: 'revokeInvite', code }));
    const made = await draft(h);
    await attachPassedMedia(h, made.id, 3);
    const photo = (await h.runtime.portsFor(null).db.read.media.forNomination(made.id)).find((m) => m.kind === 'photo');
    dataOf(await h.call(CONTACT, 'media', { action: 'remove', mediaId: photo?.id }));
    dataOf(await h.call('admin-1', 'review', { action: 'remind', unitId: 'district-chaoyang' }));
    const all = await log({ limit: 50 });
    const actions = all.items.map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['createInvite', 'revokeInvite', 'media.remove', 'remind', 'create']));
    const invite = all.items.find((i) => i.action === 'createInvite');
    expect(invite).toMatchObject({
      actorId: 'admin-1',
      actorName: '刘伟',
      actorRole: '管理员',
      label: '生成邀请码',
      summary: `评审专家 ${code}`,
    });
    const removed = all.items.find((i) => i.action === 'media.remove');
    expect(removed).toMatchObject({ actorId: CONTACT, nominationId: made.id, summary: '照片' });
    expect(removed?.nominationLabel).toContain('海淀');
    // Newest first.
    expect([...all.items.map((i) => i.at)]).toEqual([...all.items.map((i) => i.at)].sort().reverse());
  });

  it('is searched by person, by action and by nomination (its candidate, unit or 登记码), a page at a time', async () => {
    h = await openHarness();
    const sent = await submitted(h);
    const other = await submitted(h, 'contact-district-chaoyang');
    for (const field of ['idNumber', 'phone', 'idNumber']) {
      dataOf(await h.call('staff-1', 'review', { action: 'reveal', nominationId: sent.id, field }));
    }
    dataOf(await h.call('admin-1', 'review', { action: 'reveal', nominationId: other.id, field: 'phone' }));
    const byStaff = await log({ actorId: 'staff-1' });
    expect(byStaff.items).toHaveLength(3);
    expect(byStaff.items.every((i) => i.actorId === 'staff-1' && i.action === 'reveal')).toBe(true);
    expect(byStaff.items.map((i) => i.summary)).toEqual(['身份证号', '联系电话', '身份证号']);
    const reveals = await log({ auditAction: 'reveal' });
    expect(reveals.items).toHaveLength(4);
    const aboutOther = await log({ q: shortCodeOf(other.id) });
    expect(aboutOther.items.length).toBeGreaterThan(0);
    expect(aboutOther.items.every((i) => i.nominationId === other.id)).toBe(true);
    expect((await log({ q: '朝阳', auditAction: 'reveal' })).items.map((i) => i.actorId)).toEqual(['admin-1']);
    expect((await log({ q: '没有这个人' })).items).toEqual([]);
    // Pages of 2 walk every entry once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: LogPage = await log({ auditAction: 'reveal', limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('is the admin’s only', async () => {
    h = await openHarness();
    expect(await h.call('staff-1', 'admin', { action: 'activityLog' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('people', () => {
  it('lists staff, experts and admins with their roles', async () => {
    h = await openHarness();
    const { items } = dataOf(await h.call<{ items: { id: string; roleLabel: string }[] }>('admin-1', 'admin', { action: 'people' }));
    expect(items.map((p) => p.id)).toEqual(['staff-1', 'expert-1', 'expert-2', 'admin-1']);
    expect(items.map((p) => p.roleLabel)).toEqual(['形式审查人员', '评审专家', '评审专家', '管理员']);
  });

  it('deactivates one: from the next call on every call of theirs is refused in Chinese; restoring lets them back', async () => {
    h = await openHarness();
    await submitted(h);
    expect((await h.call('staff-1', 'review', { action: 'list' })).ok).toBe(true);
    dataOf(await h.call('admin-1', 'admin', { action: 'setActive', userId: 'staff-1', active: false }));
    for (const [fn, event] of [
      ['review', { action: 'list' }],
      ['auth', { action: 'whoami' }],
      ['notify', { action: 'inbox' }],
    ] as const) {
      expect(await h.call('staff-1', fn, event)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: '您的账号已被停用，如有疑问请联系市科协' },
      });
    }
    // The campaign's public rules stay readable, as to anyone signed out.
    expect((await h.call('staff-1', 'campaign', { action: 'current' })).ok).toBe(true);
    const people = dataOf(
      await h.call<{ items: { id: string; deactivatedAt: string | null }[] }>('admin-1', 'admin', { action: 'people' }),
    );
    expect(people.items.find((p) => p.id === 'staff-1')?.deactivatedAt).toEqual(expect.any(String));
    const logged = await log({ auditAction: 'deactivateUser' });
    expect(logged.items).toMatchObject([{ actorId: 'admin-1', label: '停用了账号', summary: '王佳' }]);
    dataOf(await h.call('admin-1', 'admin', { action: 'setActive', userId: 'staff-1', active: true }));
    expect((await h.call('staff-1', 'review', { action: 'list' })).ok).toBe(true);
  });

  it('refuses the admin’s own account, an unknown one, and anyone but the admin, changing nothing', async () => {
    h = await openHarness();
    expect(await h.call('admin-1', 'admin', { action: 'setActive', userId: 'admin-1', active: false })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', message: '不能停用自己的账号' },
    });
    expect(await h.call('admin-1', 'admin', { action: 'setActive', userId: 'nobody', active: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有这个用户' },
    });
    expect(await h.call('staff-1', 'admin', { action: 'setActive', userId: 'expert-1', active: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await h.call('expert-1', 'review', { action: 'list' })).ok).toBe(true);
    expect((await log({ auditAction: 'deactivateUser' })).items).toEqual([]);
  });
});
