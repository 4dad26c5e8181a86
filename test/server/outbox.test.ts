import { afterEach, describe, expect, it } from 'vitest';
import { announce } from '../../server/core/notifications';
import { backoffMs, MAX_ATTEMPTS } from '../../server/core/outbox';
import { dataOf, type Harness, openHarness } from './support/harness';
import { submitted } from './support/nominations';
import { creditsOf, drain, outboxOf, scriptedNotify, sentMessages, subscribe } from './support/outbox';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z', frozenClock: true });
const STAFF = 'staff-1';
const busy = { kind: 'retry', reason: '-1 system error' } as const;
const untilNext = (item: { nextAttemptAt: string }) => Date.parse(item.nextAttemptAt) - h.runtime.clock.now().getTime();

describe('the outbox, on real SQLite', () => {
  it('retries a failing sender with a growing backoff and sends the message exactly once', async () => {
    h = await open();
    await subscribe(h, STAFF, 'submitted');
    await submitted(h);
    const flaky = scriptedNotify(h.runtime.portsFor(null).notify, [busy, new Error('socket hang up')]);

    expect(await drain(h, flaky)).toMatchObject({ sent: 0, failed: 1 });
    const [first] = await outboxOf(h, STAFF);
    expect(first).toMatchObject({ attempts: 1, lastError: '-1 system error', closedAt: null, creditHeld: true });
    expect(untilNext(first)).toBe(backoffMs(0));
    // Not due yet: nothing is tried before the backoff has passed.
    expect(await drain(h, flaky)).toMatchObject({ sent: 0, failed: 0 });

    h.runtime.clock.advance(backoffMs(0));
    expect(await drain(h, flaky)).toMatchObject({ failed: 1 });
    const [second] = await outboxOf(h, STAFF);
    expect(second.attempts).toBe(2);
    expect(untilNext(second)).toBe(backoffMs(1));
    expect(untilNext(second)).toBeGreaterThan(backoffMs(0));

    h.runtime.clock.advance(backoffMs(1));
    expect(await drain(h, flaky)).toMatchObject({ sent: 1, failed: 0 });
    h.runtime.clock.advance(24 * 60 * 60 * 1000);
    expect(await drain(h, flaky)).toMatchObject({ sent: 0, failed: 0, skipped: 0 });
    expect(flaky.calls).toBe(3);
    expect(sentMessages(h).map((m) => [m.user_id, m.template])).toEqual([[STAFF, 'submitted']]);
    const [done] = await outboxOf(h, STAFF);
    expect(done).toMatchObject({ outcome: 'sent', attempts: 3, creditHeld: false, lastError: null });
    // One credit for one message, however many attempts it took.
    expect(await creditsOf(h, STAFF)).toEqual({ submitted: 0 });
  });

  it('never sends one item twice from two drains running at once', async () => {
    h = await open();
    await subscribe(h, STAFF, 'submitted', 3);
    for (const unit of ['district-haidian', 'district-chaoyang', 'district-xicheng']) await submitted(h, `contact-${unit}`);
    const slow = scriptedNotify(h.runtime.portsFor(null).notify, []);
    const reports = await Promise.all([drain(h, slow), drain(h, slow), drain(h, slow)]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect(slow.calls).toBe(3);
    const sent = sentMessages(h);
    expect(new Set(sent.map((m) => JSON.parse(m.data).unit)).size).toBe(3);
    expect(await creditsOf(h, STAFF)).toEqual({ submitted: 0 });
  });

  it('keeps one inbox item and one outbox item for an event announced twice', async () => {
    h = await open();
    const ports = h.runtime.portsFor(null);
    const event = {
      eventKey: 'test:repeat',
      userIds: [STAFF, STAFF],
      title: '标题',
      body: '内容',
      page: null,
      template: 'submitted',
      data: {},
    } as const;
    for (let i = 0; i < 2; i++) await ports.db.transaction((tx) => announce(tx, event, ports.clock.now()));
    expect(await outboxOf(h, STAFF)).toHaveLength(1);
    const inbox = dataOf(await h.call<{ items: unknown[]; unread: number }>(STAFF, 'notify', { action: 'inbox' }));
    expect(inbox).toMatchObject({ unread: 1, items: [expect.anything()] });
  });

  it('closes a message without credit as skipped; the inbox still has it', async () => {
    h = await open();
    await submitted(h);
    expect(await drain(h)).toMatchObject({ sent: 0, skipped: 1 });
    expect(await outboxOf(h, STAFF)).toEqual([expect.objectContaining({ outcome: 'skipped: no credit', creditHeld: false })]);
    expect(sentMessages(h)).toEqual([]);
    const inbox = dataOf(await h.call<{ items: { title: string }[] }>(STAFF, 'notify', { action: 'inbox' }));
    expect(inbox.items.map((i) => i.title)).toEqual(['收到新的推荐材料']);
    // A later subscription is for later messages: the skipped one stays closed.
    await subscribe(h, STAFF, 'submitted');
    expect(await drain(h)).toMatchObject({ sent: 0, skipped: 0 });
  });

  it('resets the credit to 0 when WeChat answers 43101, and sends nothing more until a new tap', async () => {
    h = await open();
    await subscribe(h, STAFF, 'submitted', 3);
    await submitted(h);
    const refusing = scriptedNotify(h.runtime.portsFor(null).notify, [{ kind: 'refused', reason: '43101 user refuse to accept the msg' }]);
    expect(await drain(h, refusing)).toMatchObject({ sent: 0, skipped: 1, failed: 0 });
    expect(await creditsOf(h, STAFF)).toEqual({ submitted: 0 });
    expect((await outboxOf(h, STAFF))[0].outcome).toBe('skipped: refused (43101)');
    await submitted(h, 'contact-district-chaoyang');
    expect(await drain(h, refusing)).toMatchObject({ sent: 0, skipped: 1 });
    expect(refusing.calls).toBe(1);
  });

  it('gives up on an invalid template at once, and on a transient failure after the last attempt, giving the credit back', async () => {
    h = await open();
    await subscribe(h, STAFF, 'submitted');
    await submitted(h);
    const invalid = scriptedNotify(h.runtime.portsFor(null).notify, [{ kind: 'invalid', reason: '40037 invalid template_id' }]);
    expect(await drain(h, invalid)).toMatchObject({ gaveUp: 1 });
    expect((await outboxOf(h, STAFF))[0].outcome).toBe('given up: 40037 invalid template_id');
    expect(await creditsOf(h, STAFF)).toEqual({ submitted: 1 });

    await submitted(h, 'contact-district-chaoyang');
    const down = scriptedNotify(h.runtime.portsFor(null).notify, Array(MAX_ATTEMPTS).fill(busy));
    const reports = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      reports.push(await drain(h, down));
      h.runtime.clock.advance(backoffMs(i));
    }
    expect(reports.slice(0, -1).every((r) => r.failed === 1)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ gaveUp: 1 });
    expect(down.calls).toBe(MAX_ATTEMPTS);
    expect(await creditsOf(h, STAFF)).toEqual({ submitted: 1 });
  });
});
