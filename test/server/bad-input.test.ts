import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../domain/api/envelope';
import campaignJson from '../../seed/campaign-2023.json';
import { EVENT_SIZE_LIMIT } from '../../server/core/event-size';
import { wxMain } from '../../server/adapters/wx/wx-main';
import type { WxCloud } from '../../server/adapters/wx/wx-sdk-surface';
import { campaignFunction } from '../../server/functions/campaign';
import { createWxSdkDouble } from '../cloud/support/wx-sdk-double';
import { contractBreach } from './fuzz/envelope-schema';
import { rawCaller, rowCounts } from './fuzz/fuzz-harness';
import { type Harness, openHarness } from './support/harness';
import { type Served, serve } from './support/served-http';
import { CONTACT, VALID_FORM } from './support/nominations';

let h: Harness;
let http: Served;

beforeAll(async () => {
  h = await openHarness();
  http = await serve(h);
});
afterAll(async () => {
  await http.close();
  h.close();
});

/** A JSON body of exactly `bytes` bytes: a valid event padded with an unknown key. */
const eventOfSize = (bytes: number, event: Record<string, unknown> = { action: 'current' }) => {
  const bare = JSON.stringify({ ...event, pad: '' });
  return JSON.stringify({ ...event, pad: 'x'.repeat(bytes - Buffer.byteLength(bare)) });
};

/** The seeded campaign with another photo cap. */
const withUploadCap = (photoMaxBytes: number) => ({
  ...campaignJson,
  media: { ...campaignJson.media, upload: { ...campaignJson.media.upload, photoMaxBytes } },
});

function expectRefused(reply: unknown, code: string) {
  expect(contractBreach(reply)).toBeNull();
  expect(reply).toMatchObject({ ok: false, error: { code } });
}

describe('bad events at the handlers, on real SQLite', () => {
  it('refuses events that are no object, or name no known action, and writes nothing', async () => {
    const call = rawCaller(h);
    const before = rowCounts(h);
    const cases: [unknown, string][] = [
      [[{ action: 'whoami' }], 'VALIDATION_FAILED'],
      [42, 'VALIDATION_FAILED'],
      [null, 'VALIDATION_FAILED'],
      [undefined, 'VALIDATION_FAILED'],
      ['{"action":"whoami"}', 'VALIDATION_FAILED'],
      [{}, 'UNKNOWN_ACTION'],
      [{ action: '' }, 'UNKNOWN_ACTION'],
      [{ action: 7 }, 'UNKNOWN_ACTION'],
      [{ action: 'nope' }, 'UNKNOWN_ACTION'],
      [{ action: '__proto__' }, 'UNKNOWN_ACTION'],
      [{ action: 'toString' }, 'UNKNOWN_ACTION'],
    ];
    for (const [event, code] of cases) expectRefused(await call(CONTACT, 'nomination', event), code);
    expect(rowCounts(h)).toEqual(before);
  });

  it('refuses wrong types field by field, in Chinese, and writes nothing', async () => {
    // Signing in writes a session: do it before the snapshot.
    for (const as of [CONTACT, 'staff-1', 'expert-1', 'admin-1']) await h.call(as, 'auth', { action: 'whoami' });
    const before = rowCounts(h);
    const cases: [string, 'nomination' | 'review' | 'notify' | 'auth' | 'admin', Record<string, unknown>, string][] = [
      [CONTACT, 'nomination', { action: 'saveDraft', form: 'x' }, 'form'],
      [CONTACT, 'nomination', { action: 'saveDraft', form: { ...VALID_FORM, name: 42 } }, 'form.name'],
      [CONTACT, 'nomination', { action: 'saveDraft', form: { deeds: '字'.repeat(100_000) } }, 'form.deeds'],
      [CONTACT, 'nomination', { action: 'submit', version: -1 }, 'version'],
      [CONTACT, 'nomination', { action: 'submit', version: Number.NaN }, 'version'],
      [CONTACT, 'nomination', { action: 'withdraw', version: 2 ** 60 }, 'version'],
      ['expert-1', 'review', { action: 'score', nominationId: 'n', scores: { political: Number.POSITIVE_INFINITY } }, 'scores.political'],
      ['staff-1', 'review', { action: 'return', nominationId: 'n', version: 1, reasons: {} }, 'reasons'],
      [
        'expert-1',
        'review',
        { action: 'score', nominationId: 'n', scores: Object.fromEntries([...Array(21).keys()].map((i) => [`k${i}`, 1])) },
        'scores',
      ],
      [
        'staff-1',
        'review',
        { action: 'return', nominationId: 'n', version: 1, reasons: [{ path: '../x', message: '请补充' }] },
        'reasons.0.path',
      ],
      ['staff-1', 'review', { action: 'paperReceived', nominationId: 'n', copies: 1, receivedOn: '2023-02-30' }, 'receivedOn'],
      ['staff-1', 'review', { action: 'list', q: ['a'] }, 'q'],
      ['staff-1', 'review', { action: 'list', category: 'x'.repeat(64) }, 'category'],
      ['admin-1', 'admin', { action: 'setup', campaign: withUploadCap(1e12) }, 'campaign.media.upload.photoMaxBytes'],
      ['staff-1', 'notify', { action: 'markRead', ids: 'some' }, 'ids'],
      ['admin-1', 'auth', { action: 'createInvite', role: 'root' }, 'role'],
    ];
    for (const [as, fn, event, path] of cases) {
      const reply = await h.call(as, fn, event);
      expectRefused(reply, 'VALIDATION_FAILED');
      const fields = (reply as Extract<Reply, { ok: false }>).error.fields ?? [];
      expect(
        fields.map((f) => f.path),
        JSON.stringify(event).slice(0, 80),
      ).toContain(path);
    }
    expect(rowCounts(h)).toEqual(before);
  });
});

describe('unknown keys are dropped, never refused nor kept', () => {
  it("takes WeChat's userInfo and stray keys, and stores none of them", async () => {
    const event = JSON.parse(
      '{"action":"saveDraft","userInfo":{"appId":"wx1","openId":"o1"},"__proto__":{"admin":true},"form":{"name":"李娜","evil":"x","constructor":{"prototype":{"polluted":1}}}}',
    );
    const saved = await h.call<{ id: string }>(CONTACT, 'nomination', event);
    expect(saved).toMatchObject({ ok: true });
    const stored = await h.runtime.portsFor(null).db.read.nominations.get((saved as Extract<typeof saved, { ok: true }>).data.id);
    expect(stored?.form).toEqual({ name: '李娜' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('bad bodies over HTTP', () => {
  it('answers malformed, truncated and non-object JSON with VALIDATION_FAILED', async () => {
    for (const body of ['{not json', '{"action":"current"', '[1,2]', '42', 'null', '"current"', '\u0000\u00ff', '{"action":"current"}}']) {
      const { status, reply } = await http.callRaw('campaign', body);
      expect(status, body).toBe(200);
      expectRefused(reply, 'VALIDATION_FAILED');
    }
  });

  it('answers a missing action, an unknown function and an unknown action with UNKNOWN_ACTION', async () => {
    expectRefused((await http.callRaw('campaign', '{}')).reply, 'UNKNOWN_ACTION');
    expectRefused((await http.callRaw('campaign', '')).reply, 'UNKNOWN_ACTION');
    expectRefused((await http.callRaw('nosuch', '{"action":"current"}')).reply, 'UNKNOWN_ACTION');
    expectRefused((await http.callRaw('campaign', '{"action":"drop"}')).reply, 'UNKNOWN_ACTION');
    expectRefused((await http.callRaw('%E0%A4%A', '{"action":"current"}')).reply, 'UNKNOWN_ACTION');
  });

  it('takes a body of exactly 1 MiB and refuses one byte more with PAYLOAD_TOO_LARGE', async () => {
    const atLimit = await http.callRaw('campaign', eventOfSize(EVENT_SIZE_LIMIT));
    expect(atLimit.reply).toMatchObject({ ok: true });
    const over = await http.callRaw('campaign', eventOfSize(EVENT_SIZE_LIMIT + 1));
    expect(over.status).toBe(200);
    expectRefused(over.reply, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a deeply nested body without falling over', async () => {
    const depth = 100_000;
    const { reply } = await http.callRaw('campaign', `{"action":"current","x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(contractBreach(reply)).toBeNull();
    expect((await fetch(`${http.base}/healthz`)).status).toBe(200);
  });
});

describe('the cloud entry measures the event as the local runtime does', () => {
  const main = wxMain(campaignFunction, createWxSdkDouble().sdk as unknown as WxCloud);
  beforeAll(() => {
    vi.stubEnv('JINGUO_DATA_KEY', Buffer.alloc(32, 5).toString('base64'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('takes an event of exactly 1 MiB as JSON and refuses one byte more', async () => {
    // The double's database is empty: at the limit the event gets past the size check to the campaign lookup.
    const atLimit = await main(JSON.parse(eventOfSize(EVENT_SIZE_LIMIT)));
    expect(contractBreach(atLimit)).toBeNull();
    expect(atLimit).not.toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expectRefused(await main(JSON.parse(eventOfSize(EVENT_SIZE_LIMIT + 1))), 'PAYLOAD_TOO_LARGE');
  });

  it('counts UTF-8 bytes, not characters', async () => {
    const chars = Math.floor(EVENT_SIZE_LIMIT / 3) + 10;
    expectRefused(await main({ action: 'current', pad: '字'.repeat(chars) }), 'PAYLOAD_TOO_LARGE');
  });
});
