/** Where an invite stands; only an unused one can still be redeemed or revoked. */
export const INVITE_STATUSES = [
  { key: 'unused', label: '未使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
  { key: 'revoked', label: '已作废' },
] as const;

export type InviteStatus = (typeof INVITE_STATUSES)[number]['key'];

export const INVITE_STATUS_KEYS = INVITE_STATUSES.map((s) => s.key) as InviteStatus[];

export const INVITE_STATUS_LABELS = Object.fromEntries(INVITE_STATUSES.map((s) => [s.key, s.label])) as Record<InviteStatus, string>;

/** Used beats revoked beats expired: a used code stays used even after its expiry date. */
export function inviteStatus(invite: { usedBy: string | null; revokedAt: string | null; expiresAt: string }, nowIso: string): InviteStatus {
  if (invite.usedBy) return 'used';
  if (invite.revokedAt) return 'revoked';
  return invite.expiresAt <= nowIso ? 'expired' : 'unused';
}

/** The sign-in page of the mini-program, which fills in the code it carries. */
const INVITE_PAGE = 'pages/sign-in/index';

/** What an invite's QR code carries: the sign-in page's path with the code. */
export const invitePath = (code: string) => `${INVITE_PAGE}?invite=${encodeURIComponent(code)}`;

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export const normalizeInviteCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '');

/** The code in a scanned text: an invite path (or any link with `invite=`), or a bare code. */
export function inviteCodeFromText(text: string): string | null {
  const fromQuery = /[?&]invite=([^&#\s]+)/.exec(text);
  const raw = fromQuery ? decodeURIComponent(fromQuery[1]) : text;
  const code = normalizeInviteCode(raw);
  return /^[A-Z0-9]{4,32}$/.test(code) ? code : null;
}
