import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const CAMPAIGN_TIME_ZONE = 'Asia/Shanghai';
// A fixed +08:00: China has had no DST since 1991, and the timezone plugin needs Intl data some mini-program runtimes lack.
const SHANGHAI_OFFSET_MIN = 8 * 60;

export type Instant = string | Date | number;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?$/;

// A string without an offset is Shanghai wall-clock time, so no result depends on the machine's TZ.
function parse(instant: Instant): Dayjs {
  if (typeof instant === 'string' && WALL_CLOCK.test(instant.trim())) {
    return dayjs.utc(instant.trim()).subtract(SHANGHAI_OFFSET_MIN, 'minute');
  }
  return dayjs(instant);
}

export function toShanghai(instant: Instant): Dayjs {
  return parse(instant).utcOffset(SHANGHAI_OFFSET_MIN);
}

export function formatShanghai(instant: Instant, pattern = 'YYYY-MM-DD HH:mm'): string {
  return toShanghai(instant).format(pattern);
}

/** The UTC ISO instant of 23:59:59.999 on a Shanghai calendar day `YYYY-MM-DD`; throws on anything else. */
export function endOfDayShanghai(date: string): string {
  const day = dayjs.utc(`${date}T23:59:59.999`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !day.isValid() || day.format('YYYY-MM-DD') !== date) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return day.subtract(SHANGHAI_OFFSET_MIN, 'minute').toISOString();
}

/** True once `now` is after the deadline; an unreadable time counts as passed, so bad data closes rather than opens. */
export function isPast(now: Instant, deadline: Instant): boolean {
  const [n, d] = [parse(now).valueOf(), parse(deadline).valueOf()];
  if (Number.isNaN(n) || Number.isNaN(d)) return true;
  return n > d;
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
  const passed = isPast(now, deadline);
  const total = passed ? 0 : Math.floor((parse(deadline).valueOf() - parse(now).valueOf()) / 1000);
  return {
    passed,
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    totalSeconds: total,
  };
}

/** Completed years on the Shanghai date of `at`; a birthday on that very day counts. */
export function ageAt(birth: CalendarDate, at: Instant): number {
  const day = toShanghai(at);
  const [m, d] = [day.month() + 1, day.date()];
  const hadBirthday = m > birth.month || (m === birth.month && d >= birth.day);
  return day.year() - birth.year - (hadBirthday ? 0 : 1);
}
