import { describe, expect, it } from 'vitest';
import { inviteCodeFromText, inviteStatus, invitePath } from '../../../domain/invites/invite-status';

const base = { usedBy: null, revokedAt: null, expiresAt: '2026-01-10T00:00:00.000Z' };

describe('invite status', () => {
  it('is unused until it expires; used and revoked win over expiry', () => {
    expect(inviteStatus(base, '2026-01-09T23:59:59.999Z')).toBe('unused');
    expect(inviteStatus(base, '2026-01-10T00:00:00.000Z')).toBe('expired');
    expect(inviteStatus({ ...base, usedBy: 'u-1' }, '2027-01-01T00:00:00.000Z')).toBe('used');
    expect(inviteStatus({ ...base, revokedAt: '2026-01-02T00:00:00.000Z' }, '2027-01-01T00:00:00.000Z')).toBe('revoked');
  });
});

describe('invite codes in scanned text', () => {
  it('reads the code from the QR path, a link with invite=, or a bare typed code', () => {
    expect(invitePath('ABCD2345')).toBe('pages/sign-in/index?invite=ABCD2345');
    expect(inviteCodeFromText(invitePath('ABCD2345'))).toBe('ABCD2345');
    expect(inviteCodeFromText('https://example.org/x?a=1&invite=abcd-2345#top')).toBe('ABCD2345');
    expect(inviteCodeFromText(' abcd 2345 ')).toBe('ABCD2345');
  });

  it('refuses what is no invite', () => {
    expect(inviteCodeFromText('https://example.org/')).toBeNull();
    expect(inviteCodeFromText('')).toBeNull();
    expect(inviteCodeFromText('pages/sign-in/index?invite=%3Cscript%3E')).toBeNull();
  });
});
