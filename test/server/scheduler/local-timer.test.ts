import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCron } from '../../../server/local/cron-timetable';
import { CLOUD_SCHEDULER_CRON, startSchedulerTimer } from '../../../server/local/scheduler-timer';
import { type Harness, openHarness } from '../support/harness';

let h: Harness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
  vi.useRealTimers();
});

describe('the cron timetable of WeChat timers', () => {
  it('fires every 5 minutes on the second 0, as the cloud trigger is configured', () => {
    expect(CLOUD_SCHEDULER_CRON).toBe('0 */5 * * * * *');
    const cron = parseCron(CLOUD_SCHEDULER_CRON);
    expect(cron.nextAfter(new Date('2031-10-13T01:29:58Z')).toISOString()).toBe('2031-10-13T01:30:00.000Z');
    expect(cron.nextAfter(new Date('2031-10-13T01:30:00Z')).toISOString()).toBe('2031-10-13T01:35:00.000Z');
  });

  it('reads hours on Beijing time, and lists, ranges and steps', () => {
    // 09:30 Beijing is 01:30 UTC.
    const cron = parseCron('0 30 9 * * * *');
    expect(cron.nextAfter(new Date('2031-10-13T02:00:00Z')).toISOString()).toBe('2031-10-14T01:30:00.000Z');
    const listed = parseCron('0 0,20-30/5 * * * * *');
    expect(listed.nextAfter(new Date('2031-10-13T01:01:00Z')).toISOString()).toBe('2031-10-13T01:20:00.000Z');
    expect(listed.nextAfter(new Date('2031-10-13T01:26:00Z')).toISOString()).toBe('2031-10-13T01:30:00.000Z');
  });

  it('refuses a cron WeChat would not take', () => {
    expect(() => parseCron('*/5 * * * *')).toThrow(RangeError);
    expect(() => parseCron('0 61 * * * * *')).toThrow(RangeError);
  });
});

describe('the local runtime on the cloud timetable', () => {
  it('sends the deadline reminders at the first tick of the reminder hour, through the inbox and outbox', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    // 7 days before the deadline, 2 s before 09:30 Beijing.
    vi.setSystemTime(new Date('2031-10-13T01:29:58Z'));
    h = await openHarness({ deadline: '2031-10-20T23:59:59+08:00' });
    const harness = h;
    const ticks: unknown[] = [];
    const timer = startSchedulerTimer(() => harness.runtime.portsFor(null), harness.runtime.clock, { onTick: (r) => ticks.push(r) });
    const inbox = () =>
      harness.runtime.connections.writer.prepare("SELECT COUNT(*) AS n FROM inbox WHERE event_key LIKE 'deadline:%'").get() as {
        n: number;
      };
    expect(inbox().n).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ticks).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toMatchObject({ reminders: { contacts: 26 } });
    expect(inbox().n).toBe(26);
    // The next tick is 5 minutes on; the reminders are per unit and day, so it adds none.
    await vi.advanceTimersByTimeAsync(5 * 60 * 1000);
    expect(ticks).toHaveLength(2);
    expect(inbox().n).toBe(26);
    timer.stop();
    await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
    expect(ticks).toHaveLength(2);
  });
});
