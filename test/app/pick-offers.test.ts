import { describe, expect, it } from 'vitest';
import type { SubscribeOffer } from '../../domain/notify/subscribe-keys';
import { pickOffers } from '../../src/features/inbox/pick-offers';

const offer = (key: SubscribeOffer['key'], credits: number): SubscribeOffer => ({ key, templateId: `id-${key}`, label: key, credits });
const CONTACT = [offer('deadline', 2), offer('returned', 0), offer('accepted', 1), offer('decision', 0)];

describe('the templates one 「接收提醒」 asks about', () => {
  it('are at most 3, those with the fewest credits first, in the role order otherwise', () => {
    expect(pickOffers(CONTACT).map((o) => o.key)).toEqual(['returned', 'decision', 'accepted']);
  });

  it('keep to the keys of the moment and leave out those at the cap', () => {
    expect(pickOffers(CONTACT, ['deadline', 'accepted']).map((o) => o.key)).toEqual(['accepted', 'deadline']);
    expect(pickOffers(CONTACT, undefined, 2).map((o) => o.key)).toEqual(['returned', 'decision', 'accepted']);
    expect(pickOffers(CONTACT, ['deadline'], 2)).toEqual([]);
  });
});
