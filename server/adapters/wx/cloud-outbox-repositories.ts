import type { OutboxItem, Repositories } from '../../core/repositories';
import { CLOUD_PAGE, type DocAccess, docId } from './cloud-docs';
import type { WxDatabase } from './wx-sdk-surface';

/** The outbox over the cloud database; `put` goes by document id, so it joins the caller's transaction. */
export function cloudOutbox(db: WxDatabase, docs: DocAccess): Repositories['outbox'] {
  const _ = db.command;
  return {
    async enqueue(item) {
      const id = docId(item.eventKey);
      if (!(await docs.get('outbox', id))) await docs.set('outbox', id, { ...item, id });
    },
    async due(now, limit) {
      const { data } = await db
        .collection<OutboxItem>('outbox')
        .where({ closedAt: null, nextAttemptAt: _.lte(now) })
        .orderBy('nextAttemptAt', 'asc')
        .limit(Math.min(limit, CLOUD_PAGE))
        .get();
      return data;
    },
    get: (id) => docs.get<OutboxItem>('outbox', id),
    put: (item) => docs.set('outbox', item.id, item),
  };
}

interface CreditDoc {
  userId: string;
  key: string;
  credits: number;
  updatedAt: string;
}

/** One document per person and template key: `subscribe_credits/<userId>~<key>`. */
export function cloudCredits(db: WxDatabase, docs: DocAccess): Repositories['credits'] {
  return {
    async get(userId, key) {
      return (await docs.get<CreditDoc>('subscribe_credits', docId(userId, key)))?.credits ?? 0;
    },
    async forUser(userId) {
      const { data } = await db.collection<CreditDoc>('subscribe_credits').where({ userId }).limit(CLOUD_PAGE).get();
      return Object.fromEntries(data.map((d) => [d.key, d.credits]));
    },
    set: (userId, key, credits, updatedAt) => docs.set('subscribe_credits', docId(userId, key), { userId, key, credits, updatedAt }),
  };
}
