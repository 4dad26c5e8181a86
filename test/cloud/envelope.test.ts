import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, openCloud } from './support/cloud';
import { DATA_KEY } from './support/journey';
import { functionNames } from './support/load-bundle';

let cloud: Cloud;
beforeAll(() => {
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
});
afterAll(() => vi.unstubAllEnvs());

describe('every bundled function, on an event it does not know', () => {
  it.each(functionNames())('%s answers UNKNOWN_ACTION, never undefined or a crash', async (name) => {
    expect(await cloud.call(name, { action: 'noSuchAction' }, 'o-anyone')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await cloud.call(name, {}, 'o-anyone')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });

  it.each(functionNames())('%s refuses an event over 1 MiB with PAYLOAD_TOO_LARGE, before any work', async (name) => {
    const calls = cloud.double.database.calls.length;
    const event = { action: 'noSuchAction', pad: 'x'.repeat(1024 * 1024) };
    expect(await cloud.call(name, event, 'o-anyone')).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(cloud.double.database.calls.length).toBe(calls);
  });

  it.each(functionNames())('%s initialises the SDK with the environment it is deployed to', (name) => {
    cloud.mainOf(name);
    expect(cloud.double.initCalls.at(-1)).toEqual({ env: cloud.double.DYNAMIC_CURRENT_ENV });
  });
});
