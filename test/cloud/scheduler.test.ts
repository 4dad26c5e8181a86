import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';

// 2031-10-20 23:59:59.999 in Beijing; the timer fires at 09:30 Beijing (01:30 UTC) on the days below.
const DEADLINE = '2031-10-20T15:59:59.999Z';
const at = (day: number, time = '01:30') => new Date(`2031-10-${String(day).padStart(2, '0')}T${time}:00Z`);
const TEMPLATES = { deadline: { id: 'TPL-DEADLINE', data: { thing1: 'title', thing2: 'unit', time3: 'deadline', number4: 'days' } } };
const CONTACTS = { 'district-chaoyang': 'o-chaoyang', 'district-haidian': 'o-haidian', 'district-xicheng': 'o-xicheng' };

let cloud: Cloud;
const tick = (openid = '') => cloud.call<Record<string, unknown>>('scheduler', { Type: 'Timer', TriggerName: 'every5min' }, openid);
const sends = () => cloud.double.openapiCalls.filter((c) => c.api === 'subscribeMessage.send');

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(1));
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  vi.stubEnv('SUBSCRIBE_TEMPLATES', JSON.stringify(TEMPLATES));
  cloud = openCloud();
  const campaign = { ...openCampaign(new Date()), deadline: DEADLINE };
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, campaign }, IT_OPENID));
  for (const [unitId, openid] of Object.entries(CONTACTS)) {
    const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId }, IT_OPENID));
    dataOf(await cloud.call('auth', { action: 'redeemInvite', code }, openid));
  }
  // One accepted tap is one message: 海淀 allows three reminders, 西城 two.
  for (const [openid, taps] of [
    ['o-haidian', 3],
    ['o-xicheng', 2],
  ] as const) {
    for (let i = 0; i < taps; i++) dataOf(await cloud.call('notify', { action: 'subscribe', results: { deadline: 'accept' } }, openid));
  }
  dataOf(await cloud.call('nomination', { action: 'saveDraft', form: { name: '王小红' } }, 'o-xicheng'));
  dataOf(await cloud.call('nomination', { action: 'saveDraft', form: { name: '赵敏' } }, 'o-chaoyang'));
  // Submitting needs checked media; the stored status is what the reminder reads.
  const submitted = cloud.double.database.collections.get('nominations')?.get('2023:district-chaoyang');
  if (submitted) submitted.status = 'submitted';
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('the scheduler, on its timer', () => {
  it('answers only a timer that carries no user', async () => {
    expect(await cloud.call('scheduler', { action: 'tick' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await tick('o-haidian')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('reminds, 7 days before, the contacts of units without a submission, as subscribe messages', async () => {
    vi.setSystemTime(at(13));
    const data = dataOf(await tick());
    expect(data.reminders).toEqual({ units: ['district-haidian', 'district-xicheng'], contacts: 2 });
    expect(data.outbox).toEqual({ sent: 2, failed: 0, skipped: 0, gaveUp: 0 });
    expect(sends().map((c) => c.options.touser)).toEqual(['o-haidian', 'o-xicheng']);
    expect(sends()[0].options).toMatchObject({
      templateId: 'TPL-DEADLINE',
      page: 'pages/home/index',
      // No MINIPROGRAM_STATE set: the released version.
      miniprogramState: 'formal',
      data: { thing2: { value: '海淀区科学技术协会' }, time3: { value: '2031年10月20日 23:59' }, number4: { value: '7' } },
    });
    const inbox = dataOf(await cloud.call<{ items: { title: string }[] }>('notify', { action: 'inbox' }, 'o-haidian'));
    expect(inbox.items.map((i) => i.title)).toEqual(['推荐材料将于7天后截止']);
  });

  it('sends nothing twice on later ticks of the same day, and looks only in the morning hour', async () => {
    vi.setSystemTime(at(13, '01:35'));
    expect(dataOf(await tick())).toMatchObject({ outbox: { sent: 0 } });
    vi.setSystemTime(at(13, '06:00'));
    expect(dataOf(await tick())).toMatchObject({ reminders: null, outbox: { sent: 0 } });
    vi.setSystemTime(at(14));
    expect(dataOf(await tick())).toMatchObject({ reminders: { units: [] }, outbox: { sent: 0 } });
    expect(sends()).toHaveLength(2);
  });

  it('keeps a failed send in the outbox and retries it on a later tick', async () => {
    vi.setSystemTime(at(17));
    cloud.double.failOpenApi('subscribeMessage.send', -1, 'system error');
    expect(dataOf(await tick())).toMatchObject({
      reminders: { units: ['district-haidian', 'district-xicheng'] },
      outbox: { sent: 0, failed: 2 },
    });
    const waiting = [...(cloud.double.database.collections.get('outbox')?.values() ?? [])].filter((m) => m.closedAt === null);
    expect(waiting.map((m) => [m.attempts, m.creditHeld])).toEqual([
      [1, true],
      [1, true],
    ]);
    cloud.double.healOpenApi('subscribeMessage.send');
    // The backoff after a first failure is 30 s: a tick before that tries nothing.
    vi.setSystemTime(at(17).getTime() + 20_000);
    expect(dataOf(await tick())).toMatchObject({ outbox: { sent: 0, failed: 0 } });
    vi.setSystemTime(at(17, '01:40'));
    expect(dataOf(await tick())).toMatchObject({ outbox: { sent: 2, failed: 0 } });
    expect(sends()).toHaveLength(6);
  });

  it('sends nothing without a credit, and resets the credit when WeChat answers 43101', async () => {
    vi.setSystemTime(at(19));
    cloud.double.failOpenApi('subscribeMessage.send', 43101, 'user refuse to accept the msg');
    expect(dataOf(await tick())).toMatchObject({
      reminders: { units: ['district-haidian', 'district-xicheng'] },
      outbox: { sent: 0, failed: 0, skipped: 2 },
    });
    // 西城 had spent its two credits, so WeChat was asked only about 海淀.
    expect(
      sends()
        .slice(6)
        .map((c) => c.options.touser),
    ).toEqual(['o-haidian']);
    const offers = dataOf(
      await cloud.call<{ offers: { key: string; credits: number }[] }>('notify', { action: 'subscriptions' }, 'o-haidian'),
    );
    expect(offers.offers).toEqual([expect.objectContaining({ key: 'deadline', templateId: 'TPL-DEADLINE', credits: 0 })]);
    const outcomes = [...(cloud.double.database.collections.get('outbox')?.values() ?? [])].map((m) => m.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(['skipped: refused (43101)', 'skipped: no credit']));
    cloud.double.healOpenApi('subscribeMessage.send');
  });
});
