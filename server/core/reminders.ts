import type { NominationStatus } from '../../domain/status/machine';
import { formatShanghai } from '../../domain/time/shanghai';
import { currentCampaign, deadlineForUnit } from './campaign-service';
import { type Announcement, announce } from './notifications';
import type { Campaign, Ports } from './ports';
import type { UnitRecord, UserRecord } from './repositories';

/** Days before a unit's deadline on which its contacts hear that nothing is submitted yet. */
export const REMINDER_DAYS: readonly number[] = [7, 3, 1];

// A returned nomination waits for the contact again, and a withdrawn one may be drafted anew.
const NOT_SUBMITTED: ReadonlySet<NominationStatus | null> = new Set([null, 'draft', 'returned', 'withdrawn']);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole Beijing calendar days from `now` to `deadline` (0 on the deadline's own day). */
export function calendarDaysLeft(now: Date, deadline: string): number {
  const day = (instant: Date | string) => Date.parse(`${formatShanghai(instant, 'YYYY-MM-DD')}T00:00:00Z`);
  return Math.round((day(deadline) - day(now)) / DAY_MS);
}

export interface ReminderReport {
  /** Units whose contacts were reminded on this run (a unit already reminded today, by the timer or the admin, is not). */
  units: string[];
  contacts: number;
}

/**
 * Reminds the contacts of every unit without a submission, 7, 3 and 1 days before that unit's
 * deadline. Idempotent per unit and Beijing day: the event key holds both, and `announce` writes
 * an inbox item and an outbox message at most once per key and person, however often this runs.
 */
export async function remindDeadlines(ports: Ports): Promise<ReminderReport> {
  const now = ports.clock.now();
  const read = ports.db.read;
  const campaign = await currentCampaign(ports);
  const [units, contacts] = await Promise.all([read.units.list(), read.users.byRole('contact')]);
  const report: ReminderReport = { units: [], contacts: 0 };
  for (const unit of units) {
    // The review demo's test unit has no real contact to remind.
    if (unit.test) continue;
    const deadline = await deadlineForUnit(campaign, unit.id, read);
    const daysLeft = calendarDaysLeft(now, deadline);
    if (!REMINDER_DAYS.includes(daysLeft)) continue;
    const outcome = await remindUnit(ports, campaign, unit, contacts, now);
    if (outcome.kind !== 'reminded') continue;
    report.units.push(unit.id);
    report.contacts += outcome.contacts;
  }
  return report;
}

/** What became of one unit's reminder: sent now, already sent today, or not due (submitted, no contact, past its deadline). */
export type UnitReminder =
  | { kind: 'reminded'; contacts: number }
  | { kind: 'alreadyToday' }
  | { kind: 'submitted' }
  | { kind: 'noContact' }
  | { kind: 'deadlinePassed' };

/**
 * Reminds one unit's contacts that nothing is submitted, at most once per unit and Beijing day: the
 * scheduler's reminder and the admin's 「提醒」 share one event key, so either one that comes second adds nothing.
 */
export async function remindUnit(
  ports: Ports,
  campaign: Campaign,
  unit: UnitRecord,
  contacts: readonly UserRecord[],
  now: Date,
): Promise<UnitReminder> {
  const read = ports.db.read;
  const deadline = await deadlineForUnit(campaign, unit.id, read);
  if (Date.parse(deadline) <= now.getTime()) return { kind: 'deadlinePassed' };
  const nomination = await read.nominations.getByUnit(campaign.id, unit.id);
  if (!NOT_SUBMITTED.has(nomination?.status ?? null)) return { kind: 'submitted' };
  const userIds = contacts.filter((c) => c.unitId === unit.id).map((c) => c.id);
  if (userIds.length === 0) return { kind: 'noContact' };
  const reminder = deadlineReminder(campaign, unit, {
    deadline,
    daysLeft: calendarDaysLeft(now, deadline),
    now,
    returned: nomination?.status === 'returned',
  });
  return ports.db.transaction(async (tx) => {
    const seen = await Promise.all(userIds.map(async (id) => (await tx.inbox.list(id, 100)).some((i) => i.eventKey === reminder.eventKey)));
    if (seen.every(Boolean)) return { kind: 'alreadyToday' } as const;
    await announce(tx, { ...reminder, userIds }, now);
    return { kind: 'reminded', contacts: userIds.length } as const;
  });
}

function deadlineReminder(
  campaign: Campaign,
  unit: UnitRecord,
  at: { deadline: string; daysLeft: number; now: Date; returned: boolean },
): Omit<Announcement, 'userIds'> {
  const due = formatShanghai(at.deadline, 'M月D日 HH:mm');
  return {
    eventKey: `deadline:${campaign.id}:${unit.id}:${formatShanghai(at.now, 'YYYY-MM-DD')}`,
    title: at.daysLeft > 0 ? `推荐材料将于${at.daysLeft}天后截止` : '推荐材料今天截止',
    body: `${unit.name}${at.returned ? '被退回修改的推荐材料尚未重新提交' : '尚未提交推荐材料'}，报送将于${due}截止，请尽快完成并提交。`,
    page: '/pages/home/index',
    template: 'deadline',
    data: { title: campaign.title.slice(0, 20), unit: unit.name.slice(0, 20), deadline: at.deadline, days: String(at.daysLeft) },
  };
}
