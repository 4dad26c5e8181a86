import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const CAMPAIGN_TIME_ZONE = 'Asia/Shanghai';
// China has had no daylight saving since 1991, and the timezone plugin needs Intl data that some mini-program runtimes lack.
const SHANGHAI_OFFSET_MIN = 8 * 60;

export type Instant = string | Date | number;

export function toShanghai(instant: Instant): Dayjs {
  return dayjs(instant).utcOffset(SHANGHAI_OFFSET_MIN);
}

export function formatShanghai(instant: Instant, pattern = 'YYYY-MM-DD HH:mm'): string {
  return toShanghai(instant).format(pattern);
}

/** The UTC instant of 23:59:59.999 on a Shanghai calendar day ('YYYY-MM-DD'). */
export function endOfDayShanghai(date: string): string {
  return dayjs.utc(`${date}T23:59:59.999`).subtract(SHANGHAI_OFFSET_MIN, 'minute').toISOString();
}

export function isPast(now: Instant, deadline: Instant): boolean {
  return dayjs(now).valueOf() > dayjs(deadline).valueOf();
}

export interface Countdown {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  totalSeconds: number;
}

export function countdown(now: Instant, deadline: Instant): Countdown {
  const total = Math.max(0, Math.floor((dayjs(deadline).valueOf() - dayjs(now).valueOf()) / 1000));
  return {
    passed: isPast(now, deadline),
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    totalSeconds: total,
  };
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Completed years at `at` (its Shanghai date); a birthday on that very day counts. */
export function ageAt(birth: CalendarDate, at: Instant): number {
  const day = toShanghai(at);
  const [y, m, d] = [day.year(), day.month() + 1, day.date()];
  const hadBirthday = m > birth.month || (m === birth.month && d >= birth.day);
  return y - birth.year - (hadBirthday ? 0 : 1);
}
