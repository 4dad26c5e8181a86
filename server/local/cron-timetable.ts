import { toShanghai } from '../../domain/time/shanghai';

/**
 * WeChat's timer trigger cron: seven fields (second minute hour day-of-month month day-of-week year),
 * read on Beijing time as WeChat does. Each field is `*`, a number, `a-b`, `*\/n`, `a-b/n` or a comma list of them.
 */
export interface CronTimetable {
  /** The first instant strictly after `after` on the timetable (whole seconds). */
  nextAfter(after: Date): Date;
}

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'weekday', min: 0, max: 6 },
  { name: 'year', min: 1970, max: 2199 },
] as const;

// A year's worth of seconds is far more than any timetable we run needs to find its next fire.
const SEARCH_LIMIT_SEC = 366 * 24 * 60 * 60;

function parseField(text: string, min: number, max: number): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let [from, to] = [min, max];
    if (range !== '*') {
      const [a, b] = range.split('-').map(Number);
      from = a;
      to = b ?? (stepText === undefined ? a : max);
    }
    if (![from, to, step].every(Number.isInteger) || step < 1 || from < min || to > max || from > to)
      throw new RangeError(`cron field out of range: ${text}`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export function parseCron(expression: string): CronTimetable {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) throw new RangeError(`a WeChat timer cron has 7 fields: ${expression}`);
  const sets = parts.map((p, i) => (p === '?' ? null : parseField(p, FIELDS[i].min, FIELDS[i].max)));
  const has = (i: number, v: number) => sets[i] === null || (sets[i] as Set<number>).has(v);
  return {
    nextAfter(after) {
      const start = Math.floor(after.getTime() / 1000) + 1;
      for (let s = start; s < start + SEARCH_LIMIT_SEC; s++) {
        const t = toShanghai(s * 1000);
        if (
          has(0, t.second()) &&
          has(1, t.minute()) &&
          has(2, t.hour()) &&
          has(3, t.date()) &&
          has(4, t.month() + 1) &&
          has(5, t.day()) &&
          has(6, t.year())
        )
          return new Date(s * 1000);
      }
      throw new RangeError(`cron never fires within a year: ${expression}`);
    },
  };
}
