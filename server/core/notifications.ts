import { randomUUID } from 'node:crypto';
import type { SubscribeKey } from '../../domain/notify/subscribe-keys';
import type { Repositories } from './repositories';

export interface Announcement {
  /** Identifies the event; the same event never reaches one person twice. */
  eventKey: string;
  userIds: readonly string[];
  title: string;
  body: string;
  page: string | null;
  /** The subscribe-message template this event goes out as, and its values; null: the inbox only. */
  template: SubscribeKey | null;
  data: Record<string, string>;
  /**
   * Events that share this key share one subscribe message (the first of them is sent), so
   * frequent events cost a person one credit, not one each; default: the event key.
   */
  pushKey?: string;
}

/** Writes the inbox items and the outbox messages of an event, inside the caller's transaction. */
export async function announce(tx: Repositories, event: Announcement, now: Date): Promise<void> {
  const at = now.toISOString();
  for (const userId of new Set(event.userIds)) {
    await tx.inbox.add({
      id: randomUUID(),
      userId,
      eventKey: event.eventKey,
      title: event.title,
      body: event.body,
      page: event.page,
      createdAt: at,
      readAt: null,
    });
    if (event.template === null) continue;
    await tx.outbox.enqueue({
      id: randomUUID(),
      eventKey: `${event.pushKey ?? event.eventKey}→${userId}`,
      userId,
      template: event.template,
      data: event.data,
      page: event.page,
      attempts: 0,
      nextAttemptAt: at,
      sentAt: null,
      lastError: null,
      closedAt: null,
      outcome: null,
      creditHeld: false,
    });
  }
}
