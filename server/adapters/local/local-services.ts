import type Database from 'better-sqlite3';
import { SUBSCRIBE_KEYS } from '../../../domain/notify/subscribe-keys';
import type { Clock, ContentCheck, Notify } from '../../core/ports';

/** The local clock; tests move it forward to reach a retry's time without waiting. */
export interface RunningClock extends Clock {
  advance(ms: number): void;
}

/** A clock that starts at `start` (the `NOW` setting) and runs on in real time; `frozen` stands still until advanced. */
export function runningClock(start?: Date, frozen = false): RunningClock {
  let offset = start ? start.getTime() - Date.now() : 0;
  const base = Date.now();
  return {
    now: () => new Date((frozen ? base : Date.now()) + offset),
    advance(ms) {
      offset += ms;
    },
  };
}

// Every template "exists" locally, so the H5 app can subscribe and the outbox spends credits as in WeChat.
const LOCAL_TEMPLATE_IDS: Readonly<Record<string, string>> = Object.fromEntries(SUBSCRIBE_KEYS.map((key) => [key, `local-${key}`]));

/** Locally a "sent" subscribe message is recorded, so tests and the dev can see what would go out. */
export function recordingNotify(db: Database.Database, clock: Clock): Notify {
  return {
    templateIds: () => LOCAL_TEMPLATE_IDS,
    async send(message) {
      db.prepare('INSERT INTO sent_messages (user_id, external_id, template, data, page, at) VALUES (?, ?, ?, ?, ?, ?)').run(
        message.userId,
        message.externalId,
        message.template,
        JSON.stringify(message.data),
        message.page ?? null,
        clock.now().toISOString(),
      );
      return { kind: 'sent' };
    },
  };
}

/** WeChat's content check does not exist locally; say so instead of pretending it passed. */
export const notCheckedContent: ContentCheck = {
  async submitImage() {
    return { status: 'not_checked' };
  },
  async checkText() {
    return { result: 'not_checked', reason: 'the local runtime has no WeChat content check' };
  },
};
