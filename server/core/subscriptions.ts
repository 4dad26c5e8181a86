import {
  creditsAfter,
  SUBSCRIBE_CREDIT_CAP,
  SUBSCRIBE_KEYS_BY_ROLE,
  SUBSCRIBE_LABELS,
  type SubscribeAnswer,
  type SubscribeKey,
  type SubscribeOffer,
} from '../../domain/notify/subscribe-keys';
import { AppError } from './app-error';
import type { Caller } from './caller';
import type { Ports } from './ports';

/** The templates a person may subscribe to: their role's, where the deployment configured a template id. */
export async function subscribeOffers(ports: Ports, caller: Caller) {
  const ids = ports.notify.templateIds();
  const credits = await ports.db.read.credits.forUser(caller.userId);
  const offers: SubscribeOffer[] = SUBSCRIBE_KEYS_BY_ROLE[caller.role]
    .filter((key) => ids[key])
    .map((key) => ({ key, templateId: ids[key], label: SUBSCRIBE_LABELS[key], credits: credits[key] ?? 0 }));
  return { offers, cap: SUBSCRIBE_CREDIT_CAP };
}

/**
 * Counts the answers of one `requestSubscribeMessage`. The app reports them, so a caller could
 * claim an accept it never gave: the worst that does is one failed send, whose 43101 resets the count.
 */
export async function recordSubscribeAnswers(ports: Ports, caller: Caller, results: Partial<Record<SubscribeKey, SubscribeAnswer>>) {
  const mine = SUBSCRIBE_KEYS_BY_ROLE[caller.role];
  const foreign = Object.keys(results).filter((key) => !mine.includes(key as SubscribeKey));
  if (foreign.length) {
    throw new AppError('VALIDATION_FAILED', undefined, {
      fields: foreign.map((key) => ({ path: `results.${key}`, code: 'VALIDATION_FAILED', message: '您的角色不接收这类提醒' })),
    });
  }
  const at = ports.clock.now().toISOString();
  await ports.db.transaction(async (tx) => {
    for (const [key, answer] of Object.entries(results) as [SubscribeKey, SubscribeAnswer][]) {
      const before = await tx.credits.get(caller.userId, key);
      const after = creditsAfter(before, answer);
      if (after !== before) await tx.credits.set(caller.userId, key, after, at);
    }
  });
  return subscribeOffers(ports, caller);
}
