import { percentile, type Sample } from './load-client';

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

/** p50 / p95 / p99 / max and count per action, and the errors by action and code. */
export function printLatencies(samples: Sample[]) {
  const actions = [...new Set(samples.map((s) => s.action))].sort();
  console.log(
    `\n${'action'.padEnd(22)}${'count'.padStart(7)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}`,
  );
  for (const action of actions) {
    const times = samples
      .filter((s) => s.action === action)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const row = [50, 95, 99].map((p) => ms(percentile(times, p))).join('');
    console.log(`${action.padEnd(22)}${String(times.length).padStart(7)}${row}${ms(times[times.length - 1] ?? 0)}`);
  }
  const errors = new Map<string, number>();
  for (const s of samples) if (s.code) errors.set(`${s.action} ${s.code}`, (errors.get(`${s.action} ${s.code}`) ?? 0) + 1);
  console.log(`\nerrors by code: ${errors.size === 0 ? 'none' : ''}`);
  for (const [key, count] of [...errors].sort()) console.log(`  ${key.padEnd(40)} ${count}`);
  const limited = samples.filter((s) => s.code === 'RATE_LIMITED').length;
  console.log(`  RATE_LIMITED in all: ${limited}`);
}

export const p99Of = (samples: Sample[], action: string) =>
  percentile(
    samples
      .filter((s) => s.action === action)
      .map((s) => s.ms)
      .sort((a, b) => a - b),
    99,
  );
