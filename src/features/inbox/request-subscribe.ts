import type { SubscribeAnswer } from '../../../domain/notify/subscribe-keys';

/** The person's answers by template id, or null where the platform has no subscribe messages. */
export type SubscribeAnswers = Record<string, SubscribeAnswer> | null;

/**
 * Asks the person to allow one message of each template (at most 3); replaced per platform
 * (request-subscribe.weapp.ts, .h5.ts). Must be called straight from a tap, before any await.
 */
export async function requestSubscribe(_templateIds: string[]): Promise<SubscribeAnswers> {
  return null;
}
