import { z } from 'zod';
import { AppError } from '../core/app-error';
import { action, defineFunction } from '../core/define-function';
import { recordSubscribeAnswers, subscribeOffers } from '../core/subscriptions';
import { SUBSCRIBE_ANSWERS, SUBSCRIBE_KEYS } from '../../domain/notify/subscribe-keys';

export const notifyFunction = defineFunction('notify', {
  inbox: action({
    input: z.object({ limit: z.number().int().min(1).max(100).default(50) }),
    async run({ limit }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const [items, unread] = await Promise.all([
        ports.db.read.inbox.list(caller.userId, limit),
        ports.db.read.inbox.unreadCount(caller.userId),
      ]);
      return { items, unread };
    },
  }),
  markRead: action({
    input: z.object({ ids: z.union([z.literal('all'), z.array(z.string().max(64)).max(100)]) }),
    async run({ ids }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const now = ports.clock.now().toISOString();
      const marked = await ports.db.transaction((tx) => tx.inbox.markRead(caller.userId, ids, now));
      return { marked };
    },
  }),
  /** The caller's templates (ids from the deployment) and their remaining one-time credits. */
  subscriptions: action({
    input: z.object({}),
    async run(_input, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return subscribeOffers(ports, caller);
    },
  }),
  /** The answers of one `requestSubscribeMessage`, by template key: each accept is one more message. */
  subscribe: action({
    input: z.object({ results: z.partialRecord(z.enum(SUBSCRIBE_KEYS), z.enum(SUBSCRIBE_ANSWERS)) }),
    async run({ results }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return recordSubscribeAnswers(ports, caller, results);
    },
  }),
});
