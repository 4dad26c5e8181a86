import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageAt,
  CAMPAIGN_TIME_ZONE,
  countdown,
  endOfDayShanghai,
  formatShanghai,
  instantOf,
  isPast,
  toShanghai,
} from '../../../domain/time/shanghai';

const DEADLINE = '2023-10-20T15:59:59.999Z';

describe('Beijing time', () => {
  it('runs these tests in a zone that is neither UTC nor Beijing', () => {
    expect(new Date('2023-10-20T00:00:00Z').getTimezoneOffset()).not.toBe(0);
    expect(new Date('2023-10-20T00:00:00Z').getTimezoneOffset()).not.toBe(-480);
    expect(CAMPAIGN_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('toShanghai shows an instant at +08:00 whatever the input type', () => {
    const at = Date.parse(DEADLINE);
    for (const instant of [DEADLINE, new Date(at), at, '2023-10-20T23:59:59.999+08:00']) {
      expect(toShanghai(instant).format('YYYY-MM-DD HH:mm:ss.SSS')).toBe('2023-10-20 23:59:59.999');
      expect(formatShanghai(instant, 'HH:mm Z')).toBe('23:59 +08:00');
    }
  });

  it('reads a time written without an offset as Beijing wall-clock time', () => {
    expect(instantOf('2023-10-20T23:59:59').toISOString()).toBe('2023-10-20T15:59:59.000Z');
    expect(instantOf('2023-10-20').toISOString()).toBe('2023-10-19T16:00:00.000Z');
  });

  it('reads the Beijing hour right on the test zone’s own DST days (New York: 2023-03-12, 2023-11-05)', () => {
    for (const day of ['2023-03-11', '2023-03-12', '2023-11-04', '2023-11-05']) {
      for (let minute = 0; minute < 24 * 60; minute += 15) {
        const at = Date.parse(`${day}T00:00:00Z`) + minute * 60_000;
        const beijing = new Date(at + 8 * 3_600_000);
        expect(toShanghai(at).hour()).toBe(beijing.getUTCHours());
        expect(formatShanghai(at, 'YYYY-MM-DD HH:mm')).toBe(beijing.toISOString().slice(0, 16).replace('T', ' '));
      }
    }
  });

  it('formatShanghai uses YYYY-MM-DD HH:mm unless told otherwise', () => {
    expect(formatShanghai(DEADLINE)).toBe('2023-10-20 23:59');
    expect(formatShanghai('2023-10-19T16:00:00Z', 'YYYY年M月D日')).toBe('2023年10月20日');
  });

  it('endOfDayShanghai gives the UTC instant of 23:59:59.999 that day in Beijing', () => {
    expect(endOfDayShanghai('2023-10-20')).toBe(DEADLINE);
    expect(endOfDayShanghai('2024-02-29')).toBe('2024-02-29T15:59:59.999Z');
    expect(endOfDayShanghai('2023-12-31')).toBe('2023-12-31T15:59:59.999Z');
  });

  it('endOfDayShanghai refuses what is not a calendar date', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '20231020', '2023-10-20T00:00', '', 'soon']) {
      expect(() => endOfDayShanghai(bad)).toThrow(RangeError);
    }
  });

  it('isPast is false up to and at the deadline, true a millisecond after', () => {
    expect(isPast('2023-10-20T15:59:59.998Z', DEADLINE)).toBe(false);
    expect(isPast(new Date(DEADLINE), DEADLINE)).toBe(false);
    expect(isPast('2023-10-20T16:00:00.000Z', DEADLINE)).toBe(true);
    expect(isPast('2023-10-21T00:00:00+08:00', DEADLINE)).toBe(true);
  });

  it('isPast treats an unreadable time as passed, so bad data closes the form rather than opening it', () => {
    expect(isPast(new Date(), 'not a date')).toBe(true);
    expect(isPast('garbage', DEADLINE)).toBe(true);
  });

  it('countdown splits the time left into days, hours, minutes and seconds', () => {
    expect(countdown('2023-10-19T14:58:58.999Z', DEADLINE)).toEqual({
      passed: false,
      days: 1,
      hours: 1,
      minutes: 1,
      seconds: 1,
      totalSeconds: 90061,
    });
    expect(countdown(DEADLINE, DEADLINE)).toEqual({ passed: false, days: 0, hours: 0, minutes: 0, seconds: 0, totalSeconds: 0 });
    expect(countdown('2023-10-21T00:00:00Z', DEADLINE)).toEqual({
      passed: true,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
      totalSeconds: 0,
    });
  });

  it('property: countdown parts add up to the whole seconds left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86400 * 1000 }), (msLeft) => {
        const c = countdown(new Date(Date.parse(DEADLINE) - msLeft), DEADLINE);
        expect(c.totalSeconds).toBe(Math.floor(msLeft / 1000));
        expect(c.days * 86400 + c.hours * 3600 + c.minutes * 60 + c.seconds).toBe(c.totalSeconds);
        expect(c.hours < 24 && c.minutes < 60 && c.seconds < 60).toBe(true);
      }),
    );
  });
});

describe('ageAt', () => {
  const birth = { year: 1980, month: 10, day: 20 };

  it('counts a birthday on the deadline day (in Beijing) as reached', () => {
    expect(ageAt(birth, DEADLINE)).toBe(43);
    expect(ageAt({ ...birth, day: 21 }, DEADLINE)).toBe(42);
  });

  it('uses the Beijing date, not the UTC or machine date', () => {
    // 16:30 UTC on the 20th is already the 21st in Beijing.
    expect(ageAt({ ...birth, day: 21 }, '2023-10-20T16:30:00Z')).toBe(43);
    // 15:00 UTC on the 20th is still the 20th in Beijing, while New York is on the 20th too.
    expect(ageAt({ ...birth, day: 21 }, '2023-10-20T15:00:00Z')).toBe(42);
  });

  it('a 29 February birthday is reached on 1 March in a common year', () => {
    const leap = { year: 2000, month: 2, day: 29 };
    expect(ageAt(leap, '2023-02-28T12:00:00+08:00')).toBe(22);
    expect(ageAt(leap, '2023-03-01T00:00:00+08:00')).toBe(23);
    expect(ageAt(leap, '2024-02-29T00:00:00+08:00')).toBe(24);
  });
});
