import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from '../server/support/harness';
import { attr, byText, tap, type } from './support/miniprogram';
import { launch } from './support/session';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const newInvite = async () =>
  dataOf(await h.call<{ code: string }>('admin-1', 'auth', { action: 'createInvite', role: 'contact', unitId: 'district-haidian' })).code;

describe('sign-in with an invite code (pages/sign-in)', () => {
  it('binds a new WeChat user to the unit and opens the home page as its contact', async () => {
    const code = await newInvite();
    const s = launch(h, { openid: 'o-first-time-contact' });
    const signIn = await s.open('pages/sign-in/index');
    const bind = byText(signIn, 'button', '绑定');
    // Nothing typed yet: 绑定 is off.
    expect(attr(bind, 'disabled')).toBe(true);
    await type(signIn.nodes('input')[0] as Element, code.toLowerCase());
    await tap(byText(signIn, 'button', '绑定'));
    expect(s.wx.ui.filter((u) => u.api === 'reLaunch').map((u) => String(u.options.url).split('?')[0])).toEqual(['/pages/home/index']);
    signIn.close();
    const home = await s.open('pages/home/index');
    expect(home.text()).toContain('推荐单位联系人');
    expect(home.text()).toContain('海淀区科学技术协会');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });

  it('opened from the invite QR (?invite=…), the code is filled in', async () => {
    const code = await newInvite();
    const s = launch(h, { openid: 'o-scanned-the-qr' });
    const signIn = await s.open('pages/sign-in/index', { invite: code });
    await tap(byText(signIn, 'button', '绑定'));
    expect(s.wx.ui.some((u) => u.api === 'reLaunch')).toBe(true);
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });

  it('a wrong code says so in Chinese and leaves the form to try again', async () => {
    const s = launch(h, { openid: 'o-typo' });
    const signIn = await s.open('pages/sign-in/index');
    await type(signIn.nodes('input')[0] as Element, 'ZZZZ-ZZZZ');
    await tap(byText(signIn, 'button', '绑定'));
    expect(signIn.text()).toContain('邀请码不正确，请核对后重新输入');
    expect(s.wx.ui.some((u) => u.api === 'reLaunch')).toBe(false);
    expect(attr(byText(signIn, 'button', '绑定'), 'disabled')).not.toBe(true);
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
