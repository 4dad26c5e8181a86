import { SUBSCRIBE_PER_REQUEST, type SubscribeKey, type SubscribeOffer } from '../../../domain/notify/subscribe-keys';

/** The templates to ask about: those of `keys` (default: all the role's), fewest credits first, at most 3. */
export function pickOffers(offers: SubscribeOffer[], keys?: readonly SubscribeKey[], cap = Number.POSITIVE_INFINITY) {
  return offers
    .filter((o) => (!keys || keys.includes(o.key)) && o.credits < cap)
    .sort((a, b) => a.credits - b.credits)
    .slice(0, SUBSCRIBE_PER_REQUEST);
}
