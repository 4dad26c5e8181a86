import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, submitted, UNIT } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface Dashboard {
  unitsTotal: number;
  unitsSubmitted: number;
  unitsReturned: number;
  byCategory: { key: string; label: string; count: number }[];
  paperReceived: number;
  notSubmitted: {
    unitId: string;
    unitName: string;
    status: string | null;
    contacts: { name: string }[];
    deadline: string;
    extended: boolean;
  }[];
}

const NOW = '2023-10-10T02:00:00Z';
const DEADLINE = '2023-10-20T23:59:59+08:00';
const dashboard = () => h.call<Dashboard>('admin-1', 'review', { action: 'dashboard' }).then(dataOf);
const inboxOf = (userId: string) =>
  h.runtime.connections.writer.prepare("SELECT event_key FROM inbox WHERE user_id = ? AND event_key LIKE 'deadline:%'").all(userId);

describe('who is missing', () => {
  it('counts returned nominations on their own, by category and paper forms, and lists every unit without a submission', async () => {
    h = await openHarness({ now: NOW, deadline: DEADLINE, frozenClock: true });
    const sent = await submitted(h);
    const other = await submitted(h, 'contact-district-chaoyang');
    dataOf(await h.call('staff-1', 'review', { action: 'paperReceived', nominationId: sent.id, copies: 2 }));
    dataOf(
      await h.call('staff-1', 'review', {
        action: 'return',
        nominationId: other.id,
        version: other.version,
        reasons: [{ path: 'deeds', message: '事迹请补充具体数据' }],
      }),
    );
    const d = await dashboard();
    expect(d.unitsTotal).toBe(26);
    expect(d.unitsSubmitted).toBe(1);
    expect(d.unitsReturned).toBe(1);
    expect(d.paperReceived).toBe(1);
    expect(d.byCategory.reduce((sum, c) => sum + c.count, 0)).toBe(2);
    expect(d.byCategory.every((c) => c.label.length > 0)).toBe(true);
    expect(d.notSubmitted).toHaveLength(25);
    expect(d.notSubmitted.map((u) => u.unitId)).not.toContain(UNIT);
    const chaoyang = d.notSubmitted.find((u) => u.unitId === 'district-chaoyang');
    expect(chaoyang).toMatchObject({ status: 'returned', extended: false, contacts: [{ name: expect.any(String) }] });
  });

  it('shows a unit’s extended deadline on its row', async () => {
    h = await openHarness({ now: NOW, deadline: DEADLINE, frozenClock: true });
    dataOf(
      await h.call('admin-1', 'review', { action: 'extendDeadline', unitId: 'district-xicheng', deadline: '2023-10-27T23:59:59+08:00' }),
    );
    const row = (await dashboard()).notSubmitted.find((u) => u.unitId === 'district-xicheng');
    expect(row).toMatchObject({ extended: true, deadline: '2023-10-27T15:59:59.000Z' });
  });
});

describe('「提醒」', () => {
  it('sends the scheduler’s reminder to one unit, once a Beijing day, and names why not the second time', async () => {
    h = await openHarness({ now: NOW, deadline: DEADLINE, frozenClock: true });
    const first = dataOf(await h.call<{ reminded: number }>('admin-1', 'review', { action: 'remind', unitId: 'district-chaoyang' }));
    expect(first.reminded).toBe(1);
    expect(inboxOf('contact-district-chaoyang')).toEqual([{ event_key: 'deadline:2023:district-chaoyang:2023-10-10' }]);
    const again = await h.call('admin-1', 'review', { action: 'remind', unitId: 'district-chaoyang' });
    expect(again).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('每天最多提醒一次') } });
    expect(inboxOf('contact-district-chaoyang')).toHaveLength(1);
    const outbox = h.runtime.connections.writer
      .prepare("SELECT COUNT(*) AS n FROM outbox WHERE user_id = 'contact-district-chaoyang'")
      .get();
    expect(outbox).toEqual({ n: 1 });
    // The next Beijing day (00:30 on 10月11日 is still 10月10日 in UTC) it may go again.
    h.advance(14.5 * 60 * 60 * 1000);
    dataOf(await h.call('admin-1', 'review', { action: 'remind', unitId: 'district-chaoyang' }));
    expect(inboxOf('contact-district-chaoyang')).toHaveLength(2);
  });

  it('「全部提醒」 reaches every unit without a submission, skips those reminded today, and is audited', async () => {
    h = await openHarness({ now: NOW, deadline: DEADLINE, frozenClock: true });
    await submitted(h);
    dataOf(await h.call('admin-1', 'review', { action: 'remind', unitId: 'district-chaoyang' }));
    const all = dataOf(
      await h.call<{ reminded: number; results: { unitId: string; outcome: string }[] }>('admin-1', 'review', { action: 'remind' }),
    );
    expect(all.reminded).toBe(24);
    expect(all.results.find((r) => r.unitId === 'district-chaoyang')?.outcome).toBe('alreadyToday');
    expect(all.results.map((r) => r.unitId)).not.toContain(UNIT);
    expect(inboxOf(CONTACT)).toHaveLength(0);
    const audit = h.runtime.connections.writer.prepare("SELECT actor_id, detail FROM audit_log WHERE action = 'remind'").all() as {
      actor_id: string;
      detail: string;
    }[];
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1].detail).unitIds).toHaveLength(24);
  });

  it('refuses a unit that has submitted, and staff, in Chinese, writing nothing', async () => {
    h = await openHarness({ now: NOW, deadline: DEADLINE, frozenClock: true });
    await submitted(h);
    expect(await h.call('admin-1', 'review', { action: 'remind', unitId: UNIT })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', message: '该单位已提交推荐材料，无需提醒' },
    });
    expect(await h.call('staff-1', 'review', { action: 'remind' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(inboxOf(CONTACT)).toHaveLength(0);
  });
});
