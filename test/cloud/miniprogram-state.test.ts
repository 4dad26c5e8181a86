import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';

const TEMPLATES = { deadline: { id: 'TPL-DEADLINE', data: { thing1: 'title', thing2: 'unit', time3: 'deadline', number4: 'days' } } };
const DEADLINE = '2031-10-20T15:59:59.999Z';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

/** One deadline reminder sent through the scheduler bundle of a deployment with this MINIPROGRAM_STATE. */
async function reminderSentAs(state: string | undefined) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2031-10-01T01:30:00Z'));
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  vi.stubEnv('SUBSCRIBE_TEMPLATES', JSON.stringify(TEMPLATES));
  if (state !== undefined) vi.stubEnv('MINIPROGRAM_STATE', state);
  const cloud = openCloud();
  dataOf(
    await cloud.call(
      'admin',
      { action: 'setup', token: SETUP_TOKEN, campaign: { ...openCampaign(new Date()), deadline: DEADLINE } },
      IT_OPENID,
    ),
  );
  const { code } = dataOf(
    await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId: 'district-haidian' }, IT_OPENID),
  );
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code }, 'o-haidian'));
  dataOf(await cloud.call('notify', { action: 'subscribe', results: { deadline: 'accept' } }, 'o-haidian'));
  vi.setSystemTime(new Date('2031-10-13T01:30:00Z'));
  const tick = dataOf(await cloud.call<{ outbox: unknown }>('scheduler', { Type: 'Timer', TriggerName: 'every5min' }));
  expect(tick.outbox).toMatchObject({ sent: 1 });
  return cloud.double.openapiCalls.filter((c) => c.api === 'subscribeMessage.send').map((c) => c.options.miniprogramState);
}

describe('miniprogramState of subscribe messages, from the deployment (MINIPROGRAM_STATE)', () => {
  it('opens the released version when unset', async () => {
    expect(await reminderSentAs(undefined)).toEqual(['formal']);
  });

  it.each(['trial', 'developer'])('opens the %s version of a deployment that serves it', async (state) => {
    expect(await reminderSentAs(state)).toEqual([state]);
  });

  it('fails the cold start of a function on a value WeChat does not know, naming the variable', () => {
    vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
    vi.stubEnv('MINIPROGRAM_STATE', 'release');
    const cloud = openCloud();
    expect(() => cloud.mainOf('scheduler')).toThrow(/MINIPROGRAM_STATE must be one of developer, trial, formal, not "release"/);
  });
});
