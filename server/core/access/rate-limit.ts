import { AppError } from '../app-error';
import type { Caller } from '../caller';
import type { BucketState, Ports, Principal, RateLimits, RateRule } from '../ports';

/** Generous for people, and for one contact whose app fires 50 submits at once. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  write: { burst: 60, everySec: 0.5 },
  upload: { burst: 20, everySec: 3 },
};

/** The bucket after one more call at `now`, or how long to wait when it is empty (then the bucket stays as stored). */
export function takeToken(
  stored: BucketState | null,
  rule: RateRule,
  now: Date,
): { bucket: BucketState; retryAfterSec: 0 } | { bucket: null; retryAfterSec: number } {
  const elapsedSec = stored ? Math.max(0, (now.getTime() - Date.parse(stored.at)) / 1000) : 0;
  const tokens = stored ? Math.min(rule.burst, stored.tokens + elapsedSec / rule.everySec) : rule.burst;
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now.toISOString() }, retryAfterSec: 0 };
  return { bucket: null, retryAfterSec: Math.max(1, Math.ceil((1 - tokens) * rule.everySec)) };
}

/** Whose bucket: the bound user, else the platform's id of the person; a call with neither (timer, push, console) has none. */
export function rateKeyOf(principal: Principal, caller: Caller | null): string | null {
  if (caller) return `user:${caller.userId}`;
  if (principal.externalId) return `principal:${principal.externalId}`;
  return null;
}

export function rateLimitedError(kind: 'write' | 'upload', retryAfterSec: number): AppError {
  const what = kind === 'upload' ? '上传' : '操作';
  return new AppError('RATE_LIMITED', `${what}过于频繁，请 ${retryAfterSec} 秒后再试`, { retryAfterSec });
}

/** Spends one token of the caller's `kind` bucket, or refuses with RATE_LIMITED (and spends nothing). Reads are free. */
export async function spendRateToken(ports: Ports, kind: 'read' | 'write' | 'upload', principal: Principal, caller: Caller | null) {
  if (kind === 'read') return;
  const key = rateKeyOf(principal, caller);
  if (!key) return;
  const rule = (ports.settings.rateLimits ?? DEFAULT_RATE_LIMITS)[kind];
  const now = ports.clock.now();
  let retryAfterSec = 0;
  await ports.rateBuckets.spend(key, kind, (stored) => {
    const taken = takeToken(stored, rule, now);
    retryAfterSec = taken.retryAfterSec;
    return taken.bucket;
  });
  if (retryAfterSec > 0) throw rateLimitedError(kind, retryAfterSec);
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** The limits from RATE_WRITE_BURST, RATE_WRITE_EVERY_SEC, RATE_UPLOAD_BURST, RATE_UPLOAD_EVERY_SEC (the defaults otherwise). */
export function rateLimitsFromEnv(env: Record<string, string | undefined>): RateLimits {
  const { write, upload } = DEFAULT_RATE_LIMITS;
  return {
    write: { burst: positive(env, 'RATE_WRITE_BURST', write.burst), everySec: positive(env, 'RATE_WRITE_EVERY_SEC', write.everySec) },
    upload: { burst: positive(env, 'RATE_UPLOAD_BURST', upload.burst), everySec: positive(env, 'RATE_UPLOAD_EVERY_SEC', upload.everySec) },
  };
}
