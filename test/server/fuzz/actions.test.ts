import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionName } from '../../../domain/api/envelope';
import { FUNCTIONS } from '../../../server/functions';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { contractBreach } from './envelope-schema';
import { dataDigest, FUZZ_RATE_LIMITS, ROLES, rawCaller, seedFuzzContext } from './fuzz-harness';
import { mutationOf, randomEvent } from './mutations';
import { type FuzzContext, TIMER_EVENT, VALID_EVENTS } from './valid-events';

/** Runs per action, role and kind of event (random, mutated); FUZZ_RUNS=1000 for a long run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
// Rendering a PDF or a roster takes a while on a small machine: these get a fifth of the runs.
const SLOW = new Set(['nomination.printable', 'review.export']);
// A long run (FUZZ_RUNS=1000) takes its time: the test's timeout grows with it.
const TIMEOUT = 30_000 + RUNS * 1_000;

let h: Harness;
let context: () => Promise<FuzzContext>;
let call: ReturnType<typeof rawCaller>;
let digest: () => string;
const tally = new Map<string, { events: number; refused: Record<string, number> }>();
let breaches = 0;

beforeAll(async () => {
  h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00', rateLimits: FUZZ_RATE_LIMITS });
  digest = dataDigest(h);
  context = await seedFuzzContext(h);
  call = rawCaller(h);
});
afterAll(() => {
  const total = [...tally.values()].reduce((sum, t) => sum + t.events, 0);
  for (const [fn, t] of tally) console.log(`fuzz ${fn}: ${t.events} events, refusals ${JSON.stringify(t.refused)}`);
  const internal = [...tally.values()].reduce((sum, t) => sum + (t.refused.INTERNAL ?? 0), 0);
  console.log(`fuzz total: ${total} events, ${internal} INTERNAL, ${breaches} broken replies or throws`);
  h?.close();
});

/** The property of every fuzzed event: a resolved envelope, never INTERNAL; a refusal writes nothing. */
async function check(fn: FunctionName, as: string | null, event: unknown): Promise<boolean> {
  const before = digest();
  const t = tally.get(fn) ?? { events: 0, refused: {} };
  tally.set(fn, t);
  t.events++;
  breaches++; // taken back below once the reply keeps the contract
  const reply = await call(as, fn, event);
  if (!reply.ok) t.refused[reply.error.code] = (t.refused[reply.error.code] ?? 0) + 1;
  const breach = contractBreach(reply);
  if (breach) throw new Error(`${fn} as ${as}: ${breach}; event ${shown(event)}`);
  breaches--;
  if (!reply.ok) expect(digest(), `${fn} refused with ${reply.error.code} yet wrote`).toBe(before);
  return true;
}

const shown = (event: unknown) => {
  try {
    return JSON.stringify(event, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 500);
  } catch {
    return String(event);
  }
};

const actionsOf = (fn: FunctionName) => Object.keys(VALID_EVENTS[fn]).map((a) => [fn, a] as const);
const cases = (Object.keys(VALID_EVENTS) as FunctionName[]).flatMap(actionsOf);

describe('fuzzing every action as every role', () => {
  it('has a valid event for exactly the actions of every function', () => {
    for (const [fn, spec] of Object.entries(FUNCTIONS)) {
      expect(Object.keys(VALID_EVENTS[fn as FunctionName]).sort(), fn).toEqual(Object.keys(spec.actions).sort());
    }
  });

  it.each(cases)(
    '%s.%s',
    async (fn, actionName) => {
      const numRuns = SLOW.has(`${fn}.${actionName}`) ? Math.max(1, Math.ceil(RUNS / 5)) : RUNS;
      for (const as of Object.values(ROLES)) {
        const make = VALID_EVENTS[fn][actionName];
        const template = make(await context());
        await fc.assert(
          fc.asyncProperty(randomEvent(actionName), (event) => check(fn, as, event)),
          { numRuns },
        );
        await fc.assert(
          fc.asyncProperty(mutationOf(template), async (mutate) => check(fn, as, mutate(make(await context())))),
          { numRuns },
        );
      }
    },
    TIMEOUT,
  );

  it(
    'scheduler: random events and timer-like events',
    async () => {
      const timerish = fc.record({ Type: fc.oneof(fc.constant('Timer'), fc.anything()), TriggerName: fc.anything() }, { requiredKeys: [] });
      for (const as of Object.values(ROLES)) {
        await fc.assert(
          fc.asyncProperty(fc.oneof(randomEvent('tick'), timerish), (event) => check('scheduler', as, event)),
          { numRuns: RUNS * 2 },
        );
      }
      await check('scheduler', null, TIMER_EVENT);
    },
    TIMEOUT,
  );

  it('leaves a sound database and a server that still serves', async () => {
    const integrity = h.runtime.connections.writer.pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const me = dataOf(await h.call<{ userId: string }>('staff-1', 'auth', { action: 'whoami' }));
    expect(me.userId).toBe('staff-1');
    const list = dataOf(await h.call<{ items: unknown[] }>('staff-1', 'review', { action: 'list' }));
    expect(list.items.length).toBeGreaterThan(0);
  });
});
