import { afterAll, describe, expect, it } from 'vitest';
import type { FunctionName, Reply } from '../../domain/api/envelope';
import type { Role } from '../../domain/status/machine';
import { ACCESS_POLICY, type AccessRule } from '../../server/core/access/policy';
import { FUNCTIONS } from '../../server/functions';
import { adminFunction } from '../../server/functions/admin';
import { ACCESS_EVENTS, fixture, type NominationState } from './support/access-events';
import { snapshot, unitSlice } from './support/db-snapshot';
import { type Harness, openHarness } from './support/harness';
import { CONTACT, UNIT } from './support/nominations';

const CALLERS = ['signed-out', 'unit-contact', 'other-contact', 'staff', 'expert', 'admin', 'unbound-wechat'] as const;
type CallerKind = (typeof CALLERS)[number];
const USERS: Partial<Record<CallerKind, { id: string; role: Role }>> = {
  'unit-contact': { id: CONTACT, role: 'contact' },
  'other-contact': { id: 'contact-district-xicheng', role: 'contact' },
  staff: { id: 'staff-1', role: 'staff' },
  expert: { id: 'expert-1', role: 'expert' },
  admin: { id: 'admin-1', role: 'admin' },
};
const DENIED = ['FORBIDDEN', 'UNAUTHENTICATED'];
const rows = Object.keys(ACCESS_POLICY).sort();
const walked = { cases: 0, passed: 0, allowed: 0, denied: 0, ownUnitOnly: 0 };

function callAs(h: Harness, kind: CallerKind, fn: FunctionName, event: Record<string, unknown>): Promise<Reply> {
  if (kind === 'signed-out') return h.call(null, fn, event);
  if (kind === 'unbound-wechat') return h.callAsWechat('o-bound-to-nobody', fn, event);
  return h.call(USERS[kind]?.id ?? null, fn, event);
}

/** What the table promises this caller: the call works, is refused, or works only on the caller's own unit. */
function promised(rule: AccessRule, kind: CallerKind): 'allowed' | 'denied' | 'own-unit-only' {
  const role = USERS[kind]?.role;
  const { who } = rule;
  const admitted =
    who === 'anyone' ||
    (who === 'signed-in' && role !== undefined) ||
    (who === 'unbound' && kind === 'unbound-wechat') ||
    (who === 'admin-or-setup-token' && role === 'admin') ||
    (Array.isArray(who) && role !== undefined && who.includes(role));
  if (!admitted) return 'denied';
  if (kind === 'other-contact' && rule.records === 'nomination') return 'denied';
  if (kind === 'other-contact' && rule.records === 'own-unit') return 'own-unit-only';
  return 'allowed';
}

/** A fresh runtime with every demo user's session made, then the row's fixture; returns its event. */
async function prepare(row: string, force?: NominationState) {
  const h = await openHarness();
  for (const user of Object.values(USERS)) await h.call(user.id, 'campaign', { action: 'current' });
  const [fn, action] = row.split('.') as [FunctionName, string];
  const event = { action, ...(await ACCESS_EVENTS[row](fixture(h, force))) };
  return { h, fn, event };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** One walked case on its own runtime: counted, closed whatever happens, counted as passed only when `check` returns. */
async function walk(prepared: Promise<Prepared>, check: (p: Prepared) => Promise<void>) {
  walked.cases++;
  const p = await prepared;
  try {
    await check(p);
    walked.passed++;
  } finally {
    p.h.close();
  }
}

const describeReply = (reply: Reply) => (reply.ok ? 'ok' : `${reply.error.code}: ${reply.error.message}`);

afterAll(() => {
  const total = rows.length * CALLERS.length;
  console.log(
    `[access-control] table: ${rows.length} rows × ${CALLERS.length} callers = ${total} cases; walked ${walked.cases} (incl. timer, push and scope cases), ${walked.passed} as the table says (of the table's: ${walked.allowed} allowed and ok, ${walked.denied} refused with nothing changed, ${walked.ownUnitOnly} on the caller's own unit only)`,
  );
});

describe('the access table', () => {
  it('has a row for every action and an action for every row, and an event to walk it with', () => {
    const actions = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => `${fn.name}.${a}`));
    expect(
      actions.filter((a) => !(a in ACCESS_POLICY)),
      'actions without a row in server/core/access/policy.ts',
    ).toEqual([]);
    expect(
      rows.filter((r) => !actions.includes(r)),
      'rows of server/core/access/policy.ts without an action',
    ).toEqual([]);
    expect(
      rows.filter((r) => !(r in ACCESS_EVENTS)),
      'rows without an event in test/server/support/access-events.ts',
    ).toEqual([]);
  });

  it('says what DESIGN.md says about the sensitive steps', () => {
    const who = (row: string) => ACCESS_POLICY[row].who;
    expect(who('review.return')).toEqual(['staff']);
    expect(who('review.accept')).toEqual(['staff']);
    expect(who('review.decide')).toEqual(['admin']);
    expect(who('review.export')).toEqual(['admin']);
    expect(who('review.score')).toEqual(['expert']);
    // Whole ID numbers and phones: never the experts.
    expect(who('review.reveal')).not.toContain('expert');
    expect(rows.filter((r) => ACCESS_POLICY[r].who === 'anyone')).toEqual(['campaign.current']);
  });
});

describe.each(rows)('%s', (row) => {
  it.each(CALLERS)('as %s: as the table says, and a refusal changes nothing', (kind) =>
    walk(prepare(row), async ({ h, fn, event }) => {
      const before = snapshot(h);
      const slice = unitSlice(h, UNIT);
      const reply = await callAs(h, kind, fn, event);
      const expected = promised(ACCESS_POLICY[row], kind);
      if (expected === 'denied') {
        expect(reply.ok ? 'ok' : reply.error.code, describeReply(reply)).toBeOneOf(DENIED);
        expect(snapshot(h)).toEqual(before);
      } else if (expected === 'own-unit-only') {
        expect(reply.ok || !DENIED.includes(reply.error.code), describeReply(reply)).toBe(true);
        expect(unitSlice(h, UNIT)).toEqual(slice);
      } else {
        expect(describeReply(reply)).toBe('ok');
      }
      walked[expected === 'own-unit-only' ? 'ownUnitOnly' : expected]++;
    }),
  );
});

describe('the platform rows', () => {
  const cases: [string, string | null, string, 'ok' | 'FORBIDDEN'][] = [
    ['scheduler.tick', null, 'wx_trigger', 'ok'],
    ['scheduler.tick', 'o-someone', 'wx_trigger', 'FORBIDDEN'],
    ['scheduler.tick', null, 'wx_unknown', 'FORBIDDEN'],
    ['media.contentCheckResult', null, 'wx_unknown', 'ok'],
    ['media.contentCheckResult', null, 'wx_client', 'FORBIDDEN'],
  ];
  it.each(cases)('%s from OPENID %s, SOURCE %s: %s', (row, openid, source, outcome) =>
    walk(prepare(row), async ({ h, fn, event }) => {
      const before = snapshot(h);
      const reply = await h.callAsWechat(openid, fn, event, source);
      expect(reply.ok ? 'ok' : reply.error.code).toBe(outcome);
      if (outcome !== 'ok') expect(snapshot(h)).toEqual(before);
    }),
  );
});

describe('the record scope of every row that names a nomination', () => {
  // Out of scope for the role: experts before acceptance, staff before submission.
  const outside: [CallerKind, NominationState][] = [
    ['expert', 'submitted'],
    ['staff', 'draft'],
  ];
  const cases = rows
    .filter((r) => ACCESS_POLICY[r].records === 'nomination')
    .flatMap((row) =>
      outside.filter(([kind]) => promised(ACCESS_POLICY[row], kind) === 'allowed').map(([kind, state]) => [row, kind, state] as const),
    );
  it.each(cases)('%s as %s on a nomination still %s: FORBIDDEN, nothing changed', (row, kind, state) =>
    walk(prepare(row, state), async ({ h, fn, event }) => {
      const before = snapshot(h);
      expect(describeReply(await callAs(h, kind, fn, event))).toMatch(/^FORBIDDEN/);
      expect(snapshot(h)).toEqual(before);
    }),
  );
});

describe('admin.setup with a SETUP_TOKEN configured', () => {
  const TOKEN = 'a-setup-token-of-at-least-24-chars';
  const setup = adminFunction({ setupToken: () => TOKEN });
  const cases: [string, string | undefined][] = [
    ['no token', undefined],
    ['a wrong token', 'not-the-token-of-this-deployment'],
    // The seeded admin-1 exists: the token is worthless now.
    ['the right token once an admin exists', TOKEN],
  ];
  it.each(cases)('from a WeChat user with no role and %s: FORBIDDEN, nothing changed', (_label, token) =>
    walk(prepare('admin.setup'), async ({ h }) => {
      const before = snapshot(h);
      const ports = {
        ...h.runtime.portsFor(null),
        identity: { principal: async () => ({ externalId: 'o-it', userId: null, source: 'wx_client' }) },
      };
      const reply = await setup.handle({ action: 'setup', token }, ports);
      expect(describeReply(reply)).toMatch(/^FORBIDDEN/);
      expect(snapshot(h)).toEqual(before);
    }),
  );
});
