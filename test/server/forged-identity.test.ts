import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wxMain } from '../../server/adapters/wx/wx-main';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { authFunction } from '../../server/functions/auth';
import { reviewFunction } from '../../server/functions/review';
import { createWxSdkDouble } from '../cloud/support/wx-sdk-double';
import { snapshot, unitSlice } from './support/db-snapshot';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, draft, submitted, UNIT, VALID_FORM } from './support/nominations';

const OTHER = 'contact-district-xicheng';
const OTHER_UNIT = 'district-xicheng';
/** What a forged event claims: someone else's identity, in every shape a client might try. */
const forged = (unitId: string) => ({
  openid: 'o-admin',
  OPENID: 'o-admin',
  userId: 'admin-1',
  unitId,
  role: 'admin',
  userInfo: { openId: 'o-admin', appId: 'wx-forged' },
  caller: { userId: 'admin-1', role: 'admin', unitId },
});

let h: Harness;
afterEach(() => h?.close());

describe('identity never comes from the event', () => {
  it("a contact naming another unit still acts on their own, and the other unit's record is untouched", async () => {
    h = await openHarness();
    const theirs = await draft(h, OTHER);
    const before = unitSlice(h, OTHER_UNIT);
    const mine = dataOf(
      await h.call<{ id: string }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { ...VALID_FORM, name: '李四' },
        nominationId: theirs.id,
        ...forged(OTHER_UNIT),
      }),
    );
    expect(mine.id).toBe(`${h.runtime.campaign.id}:${UNIT}`);
    expect(unitSlice(h, OTHER_UNIT)).toEqual(before);
    const read = dataOf(
      await h.call<{ id: string; form: { name: string } }>(CONTACT, 'nomination', { action: 'get', ...forged(OTHER_UNIT) }),
    );
    expect(read).toMatchObject({ id: mine.id, form: { name: '李四' } });
    const log = h.runtime.connections.reader.prepare('SELECT actor_id FROM audit_log WHERE nomination_id = ?').all(mine.id);
    expect(log).toEqual([{ actor_id: CONTACT }]);
  });

  it('a signed-out call claiming to be the admin is UNAUTHENTICATED and changes nothing', async () => {
    h = await openHarness();
    const sent = await submitted(h);
    const before = snapshot(h);
    for (const event of [
      { action: 'dashboard' },
      { action: 'accept', nominationId: sent.id, version: sent.version },
      { action: 'extendDeadline', unitId: UNIT, deadline: '2099-01-01T00:00:00+08:00' },
    ]) {
      expect(await h.call(null, 'review', { ...event, ...forged(UNIT) })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await h.callAsWechat('o-nobody', 'review', { ...event, ...forged(UNIT) })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(snapshot(h)).toEqual(before);
  });

  it('an expert claiming to be staff cannot accept', async () => {
    h = await openHarness();
    const sent = await submitted(h);
    await h.call('expert-1', 'campaign', { action: 'current' }); // its session row, made before the snapshot
    const before = snapshot(h);
    const reply = await h.call('expert-1', 'review', { action: 'accept', nominationId: sent.id, version: sent.version, role: 'staff' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(h)).toEqual(before);
  });
});

describe('in WeChat, only getWXContext() counts', () => {
  beforeEach(() => {
    vi.stubEnv('JINGUO_DATA_KEY', Buffer.alloc(32, 7).toString('base64'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  function cloudWith(users: { id: string; role: string; externalId: string; unitId: string | null }[]) {
    const double = createWxSdkDouble();
    double.database.collections.set('users', new Map(users.map((u) => [u.id, { ...u, name: u.id }])));
    double.database.collections.set('units', new Map([[UNIT, { id: UNIT, name: '海淀区科学技术协会', type: 'district' }]]));
    double.database.collections.set('rate_limits', new Map());
    return double;
  }

  it('ignores the userInfo WeChat puts in the event and any openid the client adds', async () => {
    const double = cloudWith([
      { id: 'u-admin', role: 'admin', externalId: 'o-admin', unitId: null },
      { id: 'u-contact', role: 'contact', externalId: 'o-contact', unitId: UNIT },
    ]);
    const auth = wxMain(authFunction, double.sdk as unknown as WxCloud);
    const review = wxMain(reviewFunction, double.sdk as unknown as WxCloud);
    double.setOpenid('o-contact');
    expect(await auth({ action: 'whoami', ...forged(UNIT) })).toMatchObject({ ok: true, data: { userId: 'u-contact', role: 'contact' } });
    expect(await review({ action: 'dashboard', ...forged(UNIT) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    double.setOpenid('');
    expect(await auth({ action: 'whoami', ...forged(UNIT) })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
