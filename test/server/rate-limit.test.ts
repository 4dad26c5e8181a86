import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../domain/api/envelope';
import { DEFAULT_RATE_LIMITS, rateLimitsFromEnv, takeToken } from '../../server/core/access/rate-limit';
import { cloudRateBuckets } from '../../server/adapters/wx/cloud-rate-buckets';
import type { WxDatabase } from '../../server/adapters/wx/wx-sdk-surface';
import { createHttpServer } from '../../server/local/http-server';
import { DatabaseDouble } from '../cloud/support/double-database';
import { snapshot } from './support/db-snapshot';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, draft } from './support/nominations';

const NOW = '2023-10-01T01:00:00Z';
const WRITE = DEFAULT_RATE_LIMITS.write;
const UPLOAD = DEFAULT_RATE_LIMITS.upload;

let h: Harness;
let server: http.Server | undefined;
afterEach(async () => {
  if (server) await new Promise((resolve) => server?.close(resolve));
  server = undefined;
  h?.close();
});

const codeOf = (reply: Reply) => (reply.ok ? 'ok' : reply.error.code);

describe('the token bucket', () => {
  it('gives a burst, then one call per interval, never more than the burst after a rest', () => {
    const rule = { burst: 2, everySec: 3 };
    const t = (sec: number) => new Date(Date.parse(NOW) + sec * 1000);
    const first = takeToken(null, rule, t(0));
    const second = takeToken(first.bucket, rule, t(0));
    expect(second.bucket?.tokens).toBe(0);
    expect(takeToken(second.bucket, rule, t(1))).toEqual({ bucket: null, retryAfterSec: 2 });
    expect(takeToken(second.bucket, rule, t(3)).retryAfterSec).toBe(0);
    expect(takeToken(second.bucket, rule, t(3600)).bucket?.tokens).toBe(1);
  });

  it('reads its settings from the environment, with the defaults otherwise', () => {
    expect(rateLimitsFromEnv({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitsFromEnv({ RATE_WRITE_BURST: '5', RATE_UPLOAD_EVERY_SEC: '10' })).toEqual({
      write: { burst: 5, everySec: WRITE.everySec },
      upload: { burst: UPLOAD.burst, everySec: 10 },
    });
    expect(() => rateLimitsFromEnv({ RATE_WRITE_BURST: '-1' })).toThrow(/RATE_WRITE_BURST/);
  });
});

describe('writes, per user', () => {
  it(`lets ${WRITE.burst} writes through, refuses the next with a retry-after and changes nothing, then lets one through`, async () => {
    h = await openHarness({ now: NOW, frozenClock: true });
    let { version } = await draft(h); // the first write
    for (let i = 1; i < WRITE.burst; i++) {
      version = dataOf(
        await h.call<{ version: number }>(CONTACT, 'nomination', { action: 'saveDraft', version, form: { name: '王芳' } }),
      ).version;
    }
    const before = snapshot(h);
    const refused = await h.call(CONTACT, 'nomination', { action: 'saveDraft', version, form: { name: '李四' } });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作过于频繁，请 1 秒后再试', retryAfterSec: Math.ceil(WRITE.everySec) },
    });
    expect(snapshot(h)).toEqual(before);
    // Reads are never limited; other people have their own bucket.
    for (let i = 0; i < 100; i++) expect(codeOf(await h.call(CONTACT, 'nomination', { action: 'get' }))).toBe('ok');
    expect(codeOf(await h.call('contact-district-xicheng', 'nomination', { action: 'saveDraft', form: {} }))).toBe('ok');
    h.advance(WRITE.everySec * 1000);
    expect(codeOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', version, form: { name: '李四' } }))).toBe('ok');
    expect(codeOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', version: version + 1, form: {} }))).toBe('RATE_LIMITED');
  });

  it('counts a WeChat user with no role yet by OPENID', async () => {
    h = await openHarness({ now: NOW, frozenClock: true, rateLimits: { write: { burst: 3, everySec: 10 }, upload: UPLOAD } });
    const redeem = (openid: string) => h.callAsWechat(openid, 'auth', { action: 'redeemInvite', code: 'ZZZZZZZZ' });
    for (let i = 0; i < 3; i++) expect(codeOf(await redeem('o-guess'))).toBe('NOT_FOUND');
    expect(await redeem('o-guess')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfterSec: 10 } });
    expect(codeOf(await redeem('o-other'))).toBe('NOT_FOUND');
  });

  it('lets one contact fire 50 concurrent submits with the defaults: one submit, the rest its idempotent replies', async () => {
    h = await openHarness();
    const made = await draft(h);
    await attachPassedMedia(h, made.id);
    const replies = await Promise.all(
      Array.from({ length: 50 }, () => h.call(CONTACT, 'nomination', { action: 'submit', version: made.version, consent: true })),
    );
    expect(replies.map(codeOf).filter((c) => c !== 'ok')).toEqual([]);
    const submits = h.runtime.connections.reader.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'submit'").get();
    expect(submits).toEqual({ n: 1 });
  });
});

describe('uploads, per user, over HTTP', () => {
  it(`answers the upload after ${UPLOAD.burst} with 429, Retry-After and RATE_LIMITED, stores nothing, and takes one again later`, async () => {
    h = await openHarness({ now: NOW, frozenClock: true });
    server = createHttpServer(h.runtime, '/nonexistent');
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const token = h.runtime.sessions.create(CONTACT, h.runtime.clock.now());
    const put = () =>
      fetch(`${base}/api/files?kind=photo&name=a.jpg`, {
        method: 'PUT',
        body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
        headers: { authorization: `Bearer ${token}` },
      });
    for (let i = 0; i < UPLOAD.burst; i++) expect((await put()).status).toBe(200);
    const before = snapshot(h);
    const refused = await put();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(UPLOAD.everySec));
    expect(await refused.json()).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: `上传过于频繁，请 ${UPLOAD.everySec} 秒后再试`, retryAfterSec: UPLOAD.everySec },
    });
    expect(snapshot(h)).toEqual(before);
    // Uploads and writes are separate buckets.
    expect(codeOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: {} }))).toBe('ok');
    h.advance(UPLOAD.everySec * 1000);
    expect((await put()).status).toBe(200);
  });
});

describe('the cloud buckets', () => {
  const bucket = (tokens: number) => ({ tokens, at: NOW });

  it('keep both kinds of a caller in one document, each read and written by id', async () => {
    const database = new DatabaseDouble();
    await database.createCollection('rate_limits');
    const buckets = cloudRateBuckets(database as unknown as WxDatabase);
    await buckets.spend('user:u-1', 'write', () => bucket(59));
    await buckets.spend('user:u-1', 'upload', () => bucket(19));
    const seen: unknown[] = [];
    await buckets.spend('user:u-1', 'write', (stored) => {
      seen.push(stored);
      return null;
    });
    expect(seen).toEqual([bucket(59)]);
    expect(database.collections.get('rate_limits')?.size).toBe(1);
    expect(Object.values(Object.fromEntries(database.collections.get('rate_limits') ?? []))).toEqual([
      { write: bucket(59), upload: bucket(19) },
    ]);
  });

  it('limit nothing before setup has made the collection', async () => {
    const buckets = cloudRateBuckets(new DatabaseDouble() as unknown as WxDatabase);
    await expect(buckets.spend('principal:o-it', 'write', () => bucket(59))).resolves.toBeUndefined();
  });
});
