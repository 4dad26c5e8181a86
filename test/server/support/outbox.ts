import type { Notify, SendOutcome } from '../../../server/core/ports';
import { type DrainReport, drainOutbox } from '../../../server/core/outbox';
import type { OutboxItem } from '../../../server/core/repositories';
import type { Harness } from './harness';

/** What the local runtime's recording notifier "sent". */
export function sentMessages(h: Harness): { user_id: string; template: string; data: string }[] {
  return h.runtime.connections.reader.prepare('SELECT user_id, template, data FROM sent_messages ORDER BY seq').all() as never[];
}

/** The open and closed outbox items of one person. */
export async function outboxOf(h: Harness, userId: string): Promise<OutboxItem[]> {
  const ids = h.runtime.connections.reader.prepare('SELECT id FROM outbox WHERE user_id = ? ORDER BY id').all(userId) as { id: string }[];
  const read = h.runtime.portsFor(null).db.read;
  return (await Promise.all(ids.map((r) => read.outbox.get(r.id)))).filter((x): x is OutboxItem => x !== null);
}

/** A Notify port double: answers `outcomes` in turn (then as `inner` does), counting the calls. */
export function scriptedNotify(inner: Notify, outcomes: (SendOutcome | Error)[]): Notify & { calls: number } {
  const script = [...outcomes];
  const double = {
    calls: 0,
    templateIds: () => inner.templateIds(),
    async send(message: Parameters<Notify['send']>[0]) {
      double.calls++;
      // A real round trip: other drains get to run while this one waits.
      await new Promise((resolve) => setImmediate(resolve));
      const next = script.shift();
      if (next instanceof Error) throw next;
      return next ?? inner.send(message);
    },
  };
  return double;
}

/** Drains the runtime's outbox, with another Notify port if given. */
export function drain(h: Harness, notify?: Notify): Promise<DrainReport> {
  const ports = h.runtime.portsFor(null);
  return drainOutbox(notify ? { ...ports, notify } : ports);
}

/** The caller's remaining credits by template key, as `notify.subscriptions` reports them. */
export async function creditsOf(h: Harness, userId: string): Promise<Record<string, number>> {
  return h.runtime.portsFor(null).db.read.credits.forUser(userId);
}

/** One accepted tap per count, as the app reports `requestSubscribeMessage`. */
export async function subscribe(h: Harness, userId: string, key: string, times = 1) {
  for (let i = 0; i < times; i++) await h.call(userId, 'notify', { action: 'subscribe', results: { [key]: 'accept' } });
}
