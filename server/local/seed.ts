import type Database from 'better-sqlite3';
import { type Campaign, campaignSchema } from '../../domain/campaign/campaign';
import { endOfDayShanghai, formatShanghai } from '../../domain/time/shanghai';
import type { Repositories, UnitRecord } from '../core/repositories';
import campaignJson from '../../seed/campaign-2023.json';
import peopleJson from '../../seed/people.json';
import unitsJson from '../../seed/units.json';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The deadline a new local user gets: `DEADLINE` when set; else the notice's own while it is
 * still ahead; else the end (Beijing time) of the 30th day after the first start, so everything can still be tried.
 */
export function effectiveDeadline(notice: string, firstStart: Date, now: Date, override?: string): string {
  if (override) return override;
  if (new Date(notice) > now) return notice;
  return endOfDayShanghai(formatShanghai(firstStart.getTime() + 30 * DAY_MS, 'YYYY-MM-DD'));
}

function firstStartOf(db: Database.Database, now: Date): Date {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run('first_start', now.toISOString());
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('first_start') as { value: string };
  return new Date(row.value);
}

/** Seeds (idempotently) the 2023 campaign, the units and the demo users; returns the campaign. */
export async function seedDemo(db: Database.Database, repos: Repositories, now: Date, deadlineOverride?: string): Promise<Campaign> {
  const notice = campaignSchema.parse(campaignJson);
  const campaign = { ...notice, deadline: effectiveDeadline(notice.deadline, firstStartOf(db, now), now, deadlineOverride) };
  await repos.campaigns.put(campaign);
  const units = unitsJson.units as UnitRecord[];
  for (const unit of units) await repos.units.put(unit);
  for (const user of peopleJson.users) {
    if (!(await repos.users.get(user.id))) await repos.users.put({ ...user, role: user.role as 'staff', unitId: null, externalId: null });
  }
  for (const [i, unit] of units.entries()) {
    const id = `contact-${unit.id}`;
    const name = peopleJson.contactNames[i % peopleJson.contactNames.length];
    if (!(await repos.users.get(id))) await repos.users.put({ id, role: 'contact', name, unitId: unit.id, externalId: null });
  }
  return campaign;
}
