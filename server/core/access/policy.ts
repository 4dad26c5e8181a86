import type { Role } from '../../../domain/status/machine';

/**
 * Who may call an action:
 * - `anyone`: even signed out (the campaign's public rules);
 * - `signed-in`: any person bound to a role;
 * - `unbound`: a person the platform vouches for (an OPENID) who has no role yet;
 * - `timer`: WeChat's timer trigger only (no person, SOURCE `wx_trigger`);
 * - `platform`: a platform push with no person behind it (WeChat's message push), never the app;
 * - `admin-or-setup-token`: the admin, or whoever holds the deployment's SETUP_TOKEN;
 * - a list of roles.
 */
export type Audience = 'anyone' | 'signed-in' | 'unbound' | 'timer' | 'platform' | 'admin-or-setup-token' | readonly Role[];

/**
 * Which records an allowed caller reaches:
 * - `none`: no one's records (campaign rules, platform work);
 * - `self`: the caller's own identity and inbox;
 * - `own-unit`: the caller's unit's nomination, the unit taken from the caller, never from the event;
 * - `nomination`: the `nominationId` of the event, through the role's scope (`nomination-scope.ts`);
 * - `nominations`: lists and rankings, each role seeing its scope's statuses;
 * - `all`: campaign-wide administration (units, invites, exports).
 */
export type RecordScope = 'none' | 'self' | 'own-unit' | 'nomination' | 'nominations' | 'all';

/** What the call does, for the rate limits: reads are never limited. */
export type ActionKind = 'read' | 'write' | 'upload';

export interface AccessRule {
  who: Audience;
  records: RecordScope;
  kind: ActionKind;
}

const rule = (who: Audience, records: RecordScope, kind: ActionKind): AccessRule => ({ who, records, kind });

const REVIEWERS = ['staff', 'expert', 'admin'] as const;

/** The one access-control table: a row per `function.action`; an action without a row is refused. */
export const ACCESS_POLICY: Readonly<Record<string, AccessRule>> = {
  'auth.whoami': rule('signed-in', 'self', 'read'),
  'auth.redeemInvite': rule('unbound', 'self', 'write'),
  'auth.createInvite': rule(['admin'], 'all', 'write'),
  'auth.listInvites': rule(['admin'], 'all', 'read'),
  'auth.revokeInvite': rule(['admin'], 'all', 'write'),

  'campaign.current': rule('anyone', 'none', 'read'),

  'nomination.get': rule(['contact'], 'own-unit', 'read'),
  'nomination.saveDraft': rule(['contact'], 'own-unit', 'write'),
  'nomination.submit': rule(['contact'], 'own-unit', 'write'),
  'nomination.withdraw': rule(['contact'], 'own-unit', 'write'),
  // Renders and stores a PDF: a write as far as the limits go.
  'nomination.printable': rule(['contact', 'staff', 'admin'], 'nomination', 'write'),

  'media.check': rule(['contact'], 'own-unit', 'write'),
  'media.remove': rule(['contact'], 'own-unit', 'write'),
  'media.reorder': rule(['contact'], 'own-unit', 'write'),
  'media.contentCheckResult': rule('platform', 'none', 'write'),

  'review.dashboard': rule(['admin'], 'all', 'read'),
  'review.list': rule(REVIEWERS, 'nominations', 'read'),
  'review.ranking': rule(['admin'], 'nominations', 'read'),
  'review.get': rule(REVIEWERS, 'nomination', 'read'),
  // Shows a whole ID number or phone and logs it: limited like a write.
  'review.reveal': rule(['staff', 'admin'], 'nomination', 'write'),
  'review.paperReceived': rule(['staff'], 'nomination', 'write'),
  'review.return': rule(['staff'], 'nomination', 'write'),
  'review.accept': rule(['staff'], 'nomination', 'write'),
  'review.score': rule(['expert'], 'nomination', 'write'),
  // Reopens one expert's locked score (or abstention) as a draft; the reason is logged.
  'review.reopenScore': rule(['admin'], 'nomination', 'write'),
  // Drafts a decision; review.publishDecisions publishes the campaign's drafts together and tells the units.
  'review.decide': rule(['admin'], 'nomination', 'write'),
  'review.publishDecisions': rule(['admin'], 'nominations', 'write'),
  'review.assignments': rule(['admin'], 'all', 'read'),
  'review.assignExperts': rule(['admin'], 'all', 'write'),
  'review.export': rule(['admin'], 'all', 'write'),
  'review.extendDeadline': rule(['admin'], 'all', 'write'),
  // The deadline reminder, by hand: through the inbox and outbox, once per unit and Beijing day.
  'review.remind': rule(['admin'], 'all', 'write'),

  'notify.inbox': rule('signed-in', 'self', 'read'),
  'notify.markRead': rule('signed-in', 'self', 'write'),
  'notify.subscriptions': rule('signed-in', 'self', 'read'),
  'notify.subscribe': rule('signed-in', 'self', 'write'),

  'admin.setup': rule('admin-or-setup-token', 'all', 'write'),
  'admin.listUnits': rule(['admin'], 'all', 'read'),
  'admin.addUnit': rule(['admin'], 'all', 'write'),
  'admin.updateUnit': rule(['admin'], 'all', 'write'),
  'admin.purgePersonalData': rule(['admin'], 'all', 'write'),
  // WeChat's review demo: a test unit with a contact and a unit-bound staff invite.
  'admin.createReviewDemo': rule(['admin'], 'all', 'write'),
  'admin.reviewDemo': rule(['admin'], 'all', 'read'),
  // The activity log, searched; the reviewers, and deactivating one (their calls are refused at once).
  'admin.activityLog': rule(['admin'], 'all', 'read'),
  'admin.people': rule(['admin'], 'all', 'read'),
  'admin.setActive': rule(['admin'], 'all', 'write'),

  'scheduler.tick': rule('timer', 'none', 'write'),
};

/** The row of `function.action`, or undefined (then the action is refused). */
export function accessRuleOf(fn: string, action: string): AccessRule | undefined {
  const key = `${fn}.${action}`;
  return Object.hasOwn(ACCESS_POLICY, key) ? ACCESS_POLICY[key] : undefined;
}
