import { afterEach, describe, expect, it } from 'vitest';
import { remindDeadlines } from '../../server/core/reminders';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, submitted, VALID_FORM } from './support/nominations';
import { outboxOf } from './support/outbox';

let h: Harness;
afterEach(() => h?.close());
const SCORES = { political: 90, achievements: 85, influence: 80, materials: 95 };

/** Each person's inbox titles and outbox templates, to compare with who must act on what. */
async function told(userId: string) {
  const inbox = dataOf(await h.call<{ items: { title: string }[] }>(userId, 'notify', { action: 'inbox' }));
  return { inbox: inbox.items.map((i) => i.title).reverse(), outbox: (await outboxOf(h, userId)).map((o) => o.template).sort() };
}

describe('every event someone must act on', () => {
  it('reaches the inbox and the outbox of the right people, with the template of its kind', async () => {
    h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
    const first = await submitted(h);
    const get = async () =>
      dataOf(await h.call<{ version: number }>('staff-1', 'review', { action: 'get', nominationId: first.id })).version;
    dataOf(
      await h.call('staff-1', 'review', {
        action: 'return',
        nominationId: first.id,
        version: await get(),
        reasons: [{ message: '请补充荣誉' }],
      }),
    );
    const back = dataOf(await h.call<{ version: number }>(CONTACT, 'nomination', { action: 'get' }));
    const fixed = dataOf(
      await h.call<{ version: number }>(CONTACT, 'nomination', { action: 'saveDraft', version: back.version, form: VALID_FORM }),
    );
    dataOf(await h.call(CONTACT, 'nomination', { action: 'submit', version: fixed.version }));
    dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: first.id, version: await get() }));
    // A second accept on the same Beijing day: in the experts' inbox, but no second WeChat message.
    const other = await submitted(h, 'contact-district-chaoyang');
    dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: other.id, version: other.version }));
    for (const expert of ['expert-1', 'expert-2'])
      dataOf(await h.call(expert, 'review', { action: 'score', nominationId: first.id, scores: SCORES }));
    dataOf(await h.call('admin-1', 'review', { action: 'decide', nominationId: first.id, version: await get(), decision: 'recommended' }));
    dataOf(await h.call('admin-1', 'review', { action: 'publishDecisions' }));

    expect(await told('staff-1')).toEqual({
      inbox: ['收到新的推荐材料', '推荐材料已重新提交', '收到新的推荐材料'],
      outbox: ['submitted', 'submitted', 'submitted'],
    });
    expect(await told(CONTACT)).toEqual({
      inbox: ['推荐材料被退回修改', '推荐材料已通过形式审查', '候选人已被推荐'],
      outbox: ['accepted', 'decision', 'returned'],
    });
    for (const expert of ['expert-1', 'expert-2']) {
      expect(await told(expert)).toEqual({ inbox: ['有新的推荐材料待评分', '有新的推荐材料待评分'], outbox: ['scoringOpen'] });
    }
    expect(await told('admin-1')).toEqual({ inbox: [], outbox: [] });
  });

  it('reminds the contacts of units without a submission 7, 3 and 1 days before the deadline, once a day', async () => {
    h = await openHarness({ now: '2023-10-13T01:30:00Z', deadline: '2023-10-20T15:59:59.999Z', frozenClock: true });
    await submitted(h);
    const ports = h.runtime.portsFor(null);
    const report = await remindDeadlines(ports);
    expect(report.units).not.toContain('district-haidian');
    expect(report.units).toContain('district-chaoyang');
    await remindDeadlines(ports);
    expect(await told('contact-district-chaoyang')).toEqual({ inbox: ['推荐材料将于7天后截止'], outbox: ['deadline'] });
    expect(await told(CONTACT)).toMatchObject({ outbox: [] });
    h.runtime.clock.advance(24 * 60 * 60 * 1000);
    expect((await remindDeadlines(ports)).units).toEqual([]);
  });
});
