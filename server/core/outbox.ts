import type { Ports } from './ports';

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** Exponential backoff: 30 s, 1 min, 2 min … up to an hour between attempts. */
export const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** attempts);

/**
 * Sends what is due, at least once: a message is marked sent only after `Notify` accepted it,
 * and a failure is retried later with backoff, never dropped.
 */
export async function drainOutbox(ports: Ports, limit = 50): Promise<{ sent: number; failed: number }> {
  const now = ports.clock.now();
  const due = await ports.db.read.outbox.due(now.toISOString(), limit);
  let sent = 0;
  let failed = 0;
  for (const item of due) {
    const user = await ports.db.read.users.get(item.userId);
    try {
      await ports.notify.send({
        userId: item.userId,
        externalId: user?.externalId ?? null,
        template: item.template,
        data: item.data,
        page: item.page ?? undefined,
      });
      await ports.db.transaction((tx) => tx.outbox.markSent(item.id, ports.clock.now().toISOString()));
      sent++;
    } catch (error) {
      const next = new Date(now.getTime() + backoffMs(item.attempts)).toISOString();
      const reason = error instanceof Error ? error.message : String(error);
      await ports.db.transaction((tx) => tx.outbox.markFailed(item.id, reason.slice(0, 500), next));
      failed++;
    }
  }
  return { sent, failed };
}
