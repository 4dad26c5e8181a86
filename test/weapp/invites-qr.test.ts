import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitePath } from '../../domain/invites/invite-status';
import { dataOf, type Harness, openHarness } from '../server/support/harness';
import { byText, tap } from './support/miniprogram';
import { decodeRenderedQr } from './support/qr';
import { launch } from './support/session';

// WeChat's engine has no TextEncoder (qrcode's byte mode calls it): the QR must be drawn without it.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe('邀请与单位 (packages/admin/pages/invites)', () => {
  it('shows an unused invite again as a QR code a phone can read', async () => {
    const { code } = dataOf(await h.call<{ code: string }>('admin-1', 'auth', { action: 'createInvite', role: 'expert' }));
    const s = launch(h, { userId: 'admin-1' });
    const page = await s.open('packages/admin/pages/invites/index');
    expect(page.text()).toContain(code.replace(/(.{4})(?=.)/g, '$1 '));
    await tap(byText(page, 'button', /^(显示|二维码)$/));
    expect(page.text()).toContain('评审专家的邀请码');
    expect(decodeRenderedQr(page.root.dom)).toBe(invitePath(code));
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
