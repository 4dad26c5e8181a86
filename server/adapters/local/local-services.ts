import type Database from 'better-sqlite3';
import type { Clock, ContentCheck, Notify } from '../../core/ports';

/** A clock that starts at `start` (the `NOW` setting) and runs on in real time. */
export function runningClock(start?: Date): Clock {
  if (!start) return { now: () => new Date() };
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** Locally a "sent" subscribe message is recorded, so tests and the dev can see what would go out. */
export function recordingNotify(db: Database.Database, clock: Clock): Notify {
  return {
    async send(message) {
      db.prepare('INSERT INTO sent_messages (user_id, external_id, template, data, page, at) VALUES (?, ?, ?, ?, ?, ?)').run(
        message.userId,
        message.externalId,
        message.template,
        JSON.stringify(message.data),
        message.page ?? null,
        clock.now().toISOString(),
      );
    },
  };
}

/** WeChat's content check does not exist locally; say so instead of pretending it passed. */
export const notCheckedContent: ContentCheck = {
  async submitImage() {
    return { status: 'not_checked' };
  },
};
