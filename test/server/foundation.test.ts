import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from './support/harness';

let h: Harness;
afterEach(() => h?.close());

describe('seeded local runtime', () => {
  it('serves the notice campaign to anyone, with its contacts and four categories', async () => {
    h = await openHarness({ deadline: '2023-10-20T15:59:59.999Z' });
    const campaign = dataOf(
      await h.call<Record<string, unknown> & { categories: unknown[]; contacts: { name: string }[] }>(null, 'campaign', {
        action: 'current',
      }),
    );
    expect(campaign.title).toContain('首都最美巾帼奋斗者');
    expect(campaign.organizer).toBe('北京市科学技术协会');
    expect(campaign.categories).toHaveLength(4);
    expect(campaign.contacts.map((c) => c.name)).toEqual(['王佳', '刘伟']);
    expect(campaign.deadline).toBe('2023-10-20T15:59:59.999Z');
  });

  it('seeds the 16 district associations, other units, a contact per unit and the staff roles', async () => {
    h = await openHarness();
    const read = h.runtime.portsFor(null).db.read;
    const units = await read.units.list();
    expect(units.filter((u) => u.type === 'district')).toHaveLength(16);
    expect(units.filter((u) => u.type !== 'district').length).toBeGreaterThanOrEqual(8);
    for (const unit of units) expect((await read.users.get(`contact-${unit.id}`))?.unitId).toBe(unit.id);
    for (const id of ['staff-1', 'expert-1', 'expert-2', 'admin-1']) expect(await read.users.get(id)).not.toBeNull();
  });

  it('gives a new user 30 days when the notice deadline has passed, and the notice date while ahead', async () => {
    h = await openHarness({ now: '2026-11-24T08:00:00Z' });
    // 30 days after 24 Nov 2026 16:00 Beijing time, to the end of that day.
    expect(h.runtime.campaign.deadline).toBe('2026-12-24T15:59:59.999Z');
    h.close();
    h = await openHarness({ now: '2023-10-01T01:00:00Z' });
    expect(h.runtime.campaign.deadline).toBe('2023-10-20T15:59:59.999Z');
  });

  it('answers whoami from the session, and UNAUTHENTICATED without one', async () => {
    h = await openHarness();
    expect(dataOf(await h.call('contact-district-haidian', 'auth', { action: 'whoami' }))).toMatchObject({
      userId: 'contact-district-haidian',
      role: 'contact',
      unitId: 'district-haidian',
      unitName: '海淀区科学技术协会',
    });
    const anonymous = await h.call(null, 'auth', { action: 'whoami' });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('ignores identity claimed in the event body', async () => {
    h = await openHarness();
    const reply = await h.call('expert-1', 'auth', { action: 'whoami', userId: 'admin-1', role: 'admin', openid: 'x' });
    expect(dataOf(reply)).toMatchObject({ userId: 'expert-1', role: 'expert' });
  });

  it('answers UNKNOWN_ACTION and VALIDATION_FAILED instead of crashing', async () => {
    h = await openHarness();
    expect(await h.call('admin-1', 'auth', { action: 'nope' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await h.call('admin-1', 'auth', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await h.call('admin-1', 'auth', { action: 'toString' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await h.call('admin-1', 'notify', { action: 'inbox', limit: 'many' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'limit' }] },
    });
  });

  it('lets only reviewers list nominations, and only the admin see the dashboard', async () => {
    h = await openHarness();
    expect(await h.call('contact-district-haidian', 'review', { action: 'list' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.call('staff-1', 'review', { action: 'dashboard' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const dashboard = dataOf(await h.call<{ unitsTotal: number; unitsSubmitted: number }>('admin-1', 'review', { action: 'dashboard' }));
    expect(dashboard.unitsTotal).toBe(26);
    expect(dashboard.unitsSubmitted).toBe(0);
  });
});
