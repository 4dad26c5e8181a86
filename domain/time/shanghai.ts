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

/**
 * Beijing wall-clock time of an instant: its calendar fields (`year()` … `second()`) and `format()` read
 * as in Beijing. It is a UTC-mode value shifted by +8 h, not the instant itself: dayjs's utcOffset() goes
 * through the machine's local time and is an hour off around the machine's own DST changes. For the
 * instant use `instantOf`.
 */
export function toShanghai(instant: Instant): Dayjs {
  return dayjs.utc(parse(instant).valueOf() + SHANGHAI_OFFSET_MIN * 60_000);
}

/** The instant a time means (a string without an offset is Beijing wall-clock time). */
export function instantOf(instant: Instant): Date {
  return parse(instant).toDate();
}

export function formatShanghai(instant: Instant, pattern = 'YYYY-MM-DD HH:mm'): string {
  // The shifted value is UTC-mode, so an offset token would print +00:00.
  return toShanghai(instant).format(
    pattern.replace(/\[[^\]]*]|Z{1,2}/g, (token) => (token === 'Z' ? '[+08:00]' : token === 'ZZ' ? '[+0800]' : token)),
  );
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
