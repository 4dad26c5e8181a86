import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Reply } from '../../../domain/api/envelope';
import type { FunctionName } from '../../../domain/api/envelope';
import type { RateLimits } from '../../../server/core/ports';
import { FUNCTIONS } from '../../../server/functions';
import { openLocalRuntime, type LocalRuntime } from '../../../server/local/runtime';

export interface Harness {
  runtime: LocalRuntime;
  dataDir: string;
  /** Calls a function's real handler as a seeded user (or signed out with `null`). */
  call<T = unknown>(as: string | null, fn: FunctionName, event: Record<string, unknown>): Promise<Reply<T>>;
  /** Calls as a WeChat user known only by OPENID, as a cloud function sees them. */
  callAsWechat<T = unknown>(openid: string | null, fn: FunctionName, event: Record<string, unknown>, source?: string): Promise<Reply<T>>;
  /** Moves the runtime's clock on (it runs in real time too, unless opened with `frozenClock`). */
  advance(ms: number): void;
  close(): void;
}

const HARNESS_SESSION_TTL_MS = 400 * 24 * 60 * 60 * 1000;

/** A local runtime on a fresh SQLite database in a temp folder, seeded like `npm start`. */
export async function openHarness(
  options: { now?: string; deadline?: string; frozenClock?: boolean; rateLimits?: RateLimits; sessionTtlMs?: number } = {},
): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-test-'));
  const runtime = await openLocalRuntime({
    dataDir,
    now: options.now ? new Date(options.now) : undefined,
    deadline: options.deadline,
    frozenClock: options.frozenClock,
    rateLimits: options.rateLimits,
    // Tests move the clock by weeks with the same sign-ins; the real 12 h expiry is tested where asked for.
    sessionTtlMs: options.sessionTtlMs ?? HARNESS_SESSION_TTL_MS,
  });
  const tokens = new Map<string, string>();
  return {
    runtime,
    dataDir,
    async call<T>(as: string | null, fn: FunctionName, event: Record<string, unknown>) {
      let token: string | null = null;
      if (as) {
        token = tokens.get(as) ?? runtime.sessions.create(as, runtime.clock.now());
        tokens.set(as, token);
      }
      return (await FUNCTIONS[fn].handle(event, runtime.portsFor(token))) as Reply<T>;
    },
    async callAsWechat<T>(openid: string | null, fn: FunctionName, event: Record<string, unknown>, source = 'wx_client') {
      const ports = { ...runtime.portsFor(null), identity: { principal: async () => ({ externalId: openid, userId: null, source }) } };
      return (await FUNCTIONS[fn].handle(event, ports)) as Reply<T>;
    },
    advance: (ms) => runtime.clock.advance(ms),
    close() {
      runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The data of a successful reply; fails the test with the error otherwise. */
export function dataOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}
