import { afterEach, describe, expect, it } from 'vitest';
import { SUBSCRIBE_CREDIT_CAP } from '../../domain/notify/subscribe-keys';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface Offers {
  offers: { key: string; templateId: string; label: string; credits: number }[];
  cap: number;
}
const answer = (as: string | null, results: Record<string, string>) => h.call<Offers>(as, 'notify', { action: 'subscribe', results });
const credits = (o: Offers) => Object.fromEntries(o.offers.map((x) => [x.key, x.credits]));

describe('notify.subscribe and notify.subscriptions', () => {
  it('offers each role its templates, and counts one credit per accepted tap, up to the cap', async () => {
    h = await openHarness();
    const contact = dataOf(await h.call<Offers>(CONTACT, 'notify', { action: 'subscriptions' }));
    expect(contact.offers.map((o) => o.key)).toEqual(['deadline', 'returned', 'accepted', 'decision']);
    expect(contact.offers[0]).toEqual({ key: 'deadline', templateId: 'local-deadline', label: '截止提醒', credits: 0 });
    expect(dataOf(await h.call<Offers>('expert-1', 'notify', { action: 'subscriptions' })).offers.map((o) => o.key)).toEqual([
      'scoringOpen',
    ]);
    expect(dataOf(await h.call<Offers>('admin-1', 'notify', { action: 'subscriptions' })).offers).toEqual([]);

    const after = dataOf(await answer(CONTACT, { returned: 'accept', accepted: 'accept', decision: 'reject' }));
    expect(credits(after)).toEqual({ deadline: 0, returned: 1, accepted: 1, decision: 0 });
    for (let i = 0; i < SUBSCRIBE_CREDIT_CAP + 5; i++) await answer(CONTACT, { returned: 'accept' });
    expect(credits(dataOf(await answer(CONTACT, { accepted: 'filter' })))).toMatchObject({ returned: SUBSCRIBE_CREDIT_CAP, accepted: 1 });
    // "Always refuse" in WeChat's dialog: nothing more can be sent of that template.
    expect(credits(dataOf(await answer(CONTACT, { returned: 'ban' })))).toMatchObject({ returned: 0 });
  });

  it("refuses templates outside the caller's role, unknown keys and answers, and anyone signed out", async () => {
    h = await openHarness();
    expect(await answer('expert-1', { submitted: 'accept' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'results.submitted' }] },
    });
    expect(await answer(CONTACT, { birthday: 'accept' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await answer(CONTACT, { returned: 'maybe' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await answer(null, { returned: 'accept' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(credits(dataOf(await h.call<Offers>('expert-1', 'notify', { action: 'subscriptions' })))).toEqual({ scoringOpen: 0 });
  });
});
