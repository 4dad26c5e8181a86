// `npm run bench:access`: what the access table and the rate limits cost a call on the local runtime —
// a read (no bucket) and a write (one more small SQLite transaction for the bucket) — and one contact's
// 50 concurrent submits with the default limits.
import { performance } from 'node:perf_hooks';
import { ACCESS_POLICY } from '../server/core/access/policy';
import { DEFAULT_RATE_LIMITS } from '../server/core/access/rate-limit';
import { dataOf, openHarness } from '../test/server/support/harness';
import { attachPassedMedia, CONTACT, draft } from '../test/server/support/nominations';

const N = 500;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function timed(n: number, call: (i: number) => Promise<unknown>) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await call(i);
  return (performance.now() - start) / n;
}

async function main() {
  const limitless = { write: { burst: 1e9, everySec: 1 }, upload: DEFAULT_RATE_LIMITS.upload };
  const h = await openHarness({ rateLimits: limitless });
  await draft(h);
  const read = await timed(N, () => h.call(CONTACT, 'nomination', { action: 'get' }));
  const write = await timed(N, () => h.call(CONTACT, 'notify', { action: 'markRead', ids: 'all' }));
  const spend = await timed(N, (i) =>
    h.runtime.portsFor(null).rateBuckets.spend(`bench:${i % 50}`, 'write', () => ({ tokens: 1, at: new Date().toISOString() })),
  );
  h.close();

  const s = await openHarness();
  const made = await draft(s);
  await attachPassedMedia(s, made.id);
  const start = performance.now();
  const replies = await Promise.all(
    Array.from({ length: 50 }, () => s.call(CONTACT, 'nomination', { action: 'submit', version: made.version, consent: true })),
  );
  const burst = performance.now() - start;
  const refused = replies.filter((r) => !r.ok).length;
  dataOf(replies[0]);
  s.close();

  console.log(`access table: ${Object.keys(ACCESS_POLICY).length} rows`);
  console.log(`nomination.get (read, no bucket):         ${ms(read)} a call (${N} calls)`);
  console.log(`notify.markRead (write, with its bucket): ${ms(write)} a call (${N} calls)`);
  console.log(`one bucket spend alone (a SQLite write transaction, synchronous=FULL): ${ms(spend)}`);
  console.log(
    `50 concurrent submits of one contact:     ${ms(burst)} in all, ${refused} refused (defaults: writes ${DEFAULT_RATE_LIMITS.write.burst} then 1 every ${DEFAULT_RATE_LIMITS.write.everySec} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
