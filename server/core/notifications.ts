import { randomUUID } from 'node:crypto';
import type { Repositories } from './repositories';

export interface Announcement {
  /** Identifies the event; the same event never reaches one person twice. */
  eventKey: string;
  userIds: readonly string[];
  title: string;
  body: string;
  page: string | null;
  /** The subscribe-message template this event goes out as, and its values. */
  template: string;
  data: Record<string, string>;
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
    await tx.outbox.enqueue({
      id: randomUUID(),
      eventKey: `${event.eventKey}→${userId}`,
      userId,
      template: event.template,
      data: event.data,
      page: event.page,
      attempts: 0,
      nextAttemptAt: at,
      sentAt: null,
      lastError: null,
    });
  }
}
