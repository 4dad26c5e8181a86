import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '../../../domain/api/envelope';
import { type Harness, openHarness } from '../support/harness';
import { type Served, serve } from '../support/served-http';
import { contractBreach } from './envelope-schema';
import { FUZZ_RATE_LIMITS, ROLES, seedFuzzContext } from './fuzz-harness';
import { mutatedEvent } from './mutations';
import { VALID_EVENTS } from './valid-events';

/** Raw bodies per function; FUZZ_HTTP_RUNS=2000 for a long run. */
const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 60);
const TIMEOUT = 30_000 + RUNS * 200;

let h: Harness;
let http: Served;
let tokens: (string | undefined)[];
let validJson: Record<string, string[]>;
let events = 0;
let breaches = 0;

beforeAll(async () => {
  h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00', rateLimits: FUZZ_RATE_LIMITS });
  const ctx = await (await seedFuzzContext(h))();
  http = await serve(h);
  tokens = [undefined, 'forged', ...(await Promise.all(Object.values(ROLES).flatMap((id) => (id ? [http.login(id)] : []))))];
  validJson = Object.fromEntries(
    Object.entries(VALID_EVENTS).map(([fn, actions]) => [fn, Object.values(actions).map((make) => JSON.stringify(make(ctx)))]),
  );
});
afterAll(async () => {
  console.log(`fuzz http: ${events} raw bodies, ${breaches} broken replies or INTERNAL`);
  await http?.close();
  h?.close();
});

const HUGE_NUMBERS = ['1e999', '-1e999', '1'.repeat(400), `0.${'0'.repeat(400)}1`, '-0', '9007199254740993', '1e-400'];

/** JSON as a client would send it: BigInts as their digits (JSON has no other way to say them). */
const toJson = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? 'null';

/** Bodies a broken or hostile client sends: bytes, cut-off JSON, out-of-range numbers, mutated events. */
function rawBody(fn: string): fc.Arbitrary<string | Uint8Array> {
  const valid = validJson[fn].length > 0 ? validJson[fn] : ['{"Type":"Timer"}'];
  const someValid = fc.constantFrom(...valid);
  return fc.oneof(
    fc.uint8Array({ maxLength: 512 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.tuple(someValid, fc.nat()).map(([json, cut]) => json.slice(0, cut % Math.max(json.length, 1))),
    fc.tuple(someValid, fc.constantFrom(...HUGE_NUMBERS)).map(([json, n]) => json.replace(/:(\d+|"[^"]*")/, `:${n}`)),
    someValid.chain((json) => mutatedEvent(JSON.parse(json))).map(toJson),
    fc.json({ maxDepth: 4 }),
  );
}

describe('raw HTTP bodies against a listening server', () => {
  it.each(FUNCTION_NAMES)(
    '/api/fn/%s answers every body with a typed envelope, HTTP 200',
    async (fn) => {
      await fc.assert(
        fc.asyncProperty(rawBody(fn), fc.constantFrom(...tokens), async (body, token) => {
          const { status, reply } = await http.callRaw(fn, body, token);
          events++;
          if (status !== 200 || contractBreach(reply)) breaches++;
          expect(status).toBe(200);
          expect(contractBreach(reply)).toBeNull();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'answers any function name in the path without INTERNAL',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 30 }), fc.boolean(), async (name, encode) => {
          const path = encode ? encodeURIComponent(name) : name.replace(/[^\x21-\x7e]/g, '%');
          const response = await fetch(`${http.base}/api/fn/${path}`, { method: 'POST', body: '{"action":"current"}' }).catch(() => null);
          events++;
          const breach = response ? contractBreach(await response.json()) : null;
          if (breach) breaches++;
          expect(breach).toBeNull();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('still serves afterwards, on a sound database', async () => {
    expect((await fetch(`${http.base}/healthz`)).status).toBe(200);
    const { reply } = await http.callRaw('campaign', JSON.stringify({ action: 'current' }));
    expect(reply).toMatchObject({ ok: true });
    expect(h.runtime.connections.writer.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
