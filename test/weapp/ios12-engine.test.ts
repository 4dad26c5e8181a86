import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { launch } from './support/session';

// iOS 12's JavaScriptCore (Safari 12) lacks the built-ins newer than ES2018 that parsing cannot catch:
// BigInt, WeakRef, FinalizationRegistry, AggregateError (miniprogram.ts, NEWER_THAN_IOS12). The ES2017
// parse of the bundle (test/builds/weapp-es2017.test.ts) covers the syntax; this covers the run (zod 4 calls
// BigInt while it loads: src/setup/engine-gaps.weapp.ts fills it before zod).
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe('the weapp on iOS 12', () => {
  it('launches and renders the home page', async () => {
    const s = launch(h, { userId: 'contact-district-haidian' }, 'ios12');
    const home = await s.open('pages/home/index');
    expect(home.text()).toContain('首都最美巾帼奋斗者');
    expect(s.errors).toEqual([]);
  });
});
