import {
  REVIEW_DEMO_INVITE_DAYS,
  REVIEW_DEMO_MESSAGES,
  REVIEW_DEMO_RENEW_DAYS,
  REVIEW_DEMO_UNIT_ID,
  REVIEW_DEMO_UNIT_NAME,
  reviewNote,
} from '../../domain/demo/review-demo';
import { type InviteStatus, inviteStatus } from '../../domain/invites/invite-status';
import type { NominationStatus } from '../../domain/status/machine';
import { AppError } from './app-error';
import type { Caller } from './caller';
import { currentCampaign, deadlineForUnit } from './campaign-service';
import { newInviteCode } from './invites';
import type { Ports } from './ports';
import type { InviteRecord, Repositories, UnitRecord } from './repositories';

const DAY_MS = 24 * 60 * 60 * 1000;
// The reviewer tries the contact's side, then the 形式审查 (staff scoped to the test unit, see nomination-scope.ts).
const DEMO_ROLES = ['contact', 'staff'] as const;
type DemoRole = (typeof DEMO_ROLES)[number];

export interface DemoInvite {
  code: string;
  role: DemoRole;
  expiresAt: string;
  status: InviteStatus;
  usedByName: string | null;
}

export interface ReviewDemo {
  unit: UnitRecord;
  invites: Record<DemoRole, DemoInvite | null>;
  /** The test unit's deadline: kept open until its codes expire, so a review after the campaign's still works. */
  deadline: string;
  nominationStatus: NominationStatus | null;
  /** What to write in 审核备注; null while a code is not usable (used, expired, revoked). */
  note: string | null;
}

/** The current invite of a role for the test unit: the newest unused one, else the newest of all (to show it used or expired). */
function currentOf(invites: readonly InviteRecord[], role: DemoRole, now: string): InviteRecord | undefined {
  const mine = invites
    .filter((i) => i.unitId === REVIEW_DEMO_UNIT_ID && i.role === role)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return mine.find((i) => inviteStatus(i, now) === 'unused') ?? mine[0];
}

/** The review demo as it stands: the test unit, its two newest codes, its deadline and the 审核备注 text; null before it exists. */
export async function reviewDemoState(ports: Ports, repos: Repositories = ports.db.read): Promise<ReviewDemo | null> {
  const unit = await repos.units.get(REVIEW_DEMO_UNIT_ID);
  if (!unit?.test) return null;
  const campaign = await currentCampaign(ports, repos);
  const [invites, users, nomination, deadline] = await Promise.all([
    repos.invites.list(),
    repos.users.list(),
    repos.nominations.getByUnit(campaign.id, unit.id),
    deadlineForUnit(campaign, unit.id, repos),
  ]);
  const now = ports.clock.now().toISOString();
  const view = (role: DemoRole): DemoInvite | null => {
    const invite = currentOf(invites, role, now);
    if (!invite) return null;
    const usedByName = invite.usedBy ? (users.find((u) => u.id === invite.usedBy)?.name ?? null) : null;
    return { code: invite.code, role, expiresAt: invite.expiresAt, status: inviteStatus(invite, now), usedByName };
  };
  const demo = { contact: view('contact'), staff: view('staff') };
  const usable = demo.contact?.status === 'unused' && demo.staff?.status === 'unused';
  const note =
    usable && demo.contact && demo.staff
      ? reviewNote({
          contactCode: demo.contact.code,
          staffCode: demo.staff.code,
          expiresAt: [demo.contact.expiresAt, demo.staff.expiresAt].sort()[0],
        })
      : null;
  return { unit, invites: demo, deadline, nominationStatus: nomination?.status ?? null, note };
}

/**
 * `admin.createReviewDemo`: the test unit (made once, flagged `test`), a contact and a staff
 * invite for it, and its deadline kept open until they expire. Idempotent: a code that is unused
 * and has a week left is kept; one used, expired, revoked or near its end is revoked (if still
 * open) and replaced. `renew` replaces both, e.g. before submitting a new version for review.
 */
export async function createReviewDemo(ports: Ports, caller: Caller, options: { renew: boolean }): Promise<ReviewDemo> {
  const now = ports.clock.now();
  const at = now.toISOString();
  await ports.db.transaction(async (tx) => {
    const campaign = await currentCampaign(ports, tx);
    const existing = await tx.units.get(REVIEW_DEMO_UNIT_ID);
    if (!existing && (await tx.units.list()).some((u) => u.name === REVIEW_DEMO_UNIT_NAME))
      throw new AppError('VALIDATION_FAILED', REVIEW_DEMO_MESSAGES.nameTaken);
    const unit: UnitRecord = existing
      ? { ...existing, test: true }
      : { id: REVIEW_DEMO_UNIT_ID, name: REVIEW_DEMO_UNIT_NAME, type: 'grassroots', test: true };
    if (!existing?.test) await tx.units.put(unit);

    // A cloud transaction's queries read committed data only: what this one writes is tracked here.
    const invites = await tx.invites.list();
    const keepUntil = new Date(now.getTime() + REVIEW_DEMO_RENEW_DAYS * DAY_MS).toISOString();
    const renewed: DemoRole[] = [];
    const expiries: string[] = [];
    for (const role of DEMO_ROLES) {
      const newest = currentOf(invites, role, at);
      if (!options.renew && newest && inviteStatus(newest, at) === 'unused' && newest.expiresAt >= keepUntil) {
        expiries.push(newest.expiresAt);
        continue;
      }
      // One valid code per role: the old one stops working, so only the code in 审核备注 signs in.
      for (const old of invites.filter((i) => i.unitId === unit.id && i.role === role && inviteStatus(i, at) === 'unused'))
        await tx.invites.put({ ...old, revokedAt: at });
      const expiresAt = new Date(now.getTime() + REVIEW_DEMO_INVITE_DAYS * DAY_MS).toISOString();
      await tx.invites.put({
        code: newInviteCode(),
        role,
        unitId: unit.id,
        createdBy: caller.userId,
        createdAt: at,
        expiresAt,
        usedBy: null,
        usedAt: null,
        revokedAt: null,
      });
      expiries.push(expiresAt);
      renewed.push(role);
    }

    const openUntil = expiries.sort()[expiries.length - 1];
    if (openUntil > (await deadlineForUnit(campaign, unit.id, tx))) await tx.units.setDeadline(campaign.id, unit.id, openUntil);

    if (!existing?.test || renewed.length > 0) {
      await tx.audit.append({
        nominationId: null,
        actorId: caller.userId,
        action: 'createReviewDemo',
        fromStatus: null,
        toStatus: null,
        at,
        detail: { unitId: unit.id, created: !existing?.test, renewed },
      });
    }
  });
  return (await reviewDemoState(ports)) as ReviewDemo;
}
