import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../domain/api/envelope';
import { CONTENT_RISKY_MESSAGE } from '../../domain/form/field-messages';
import { fromMediaCheckPush } from '../../server/core/content-check-result';
import type { ContentCheck } from '../../server/core/ports';
import { FUNCTIONS } from '../../server/functions';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, draft, submitted, VALID_FORM } from './support/nominations';

const CHECKED_FIELDS = ['name', 'workUnitAndPost', 'honors', 'deeds', 'unitOpinion'];
const OPEN = { now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' };

/** The contact's submit through the real handler, with the local ports but this content check. */
async function submitWith(contentCheck: ContentCheck, version: number) {
  const token = h.runtime.sessions.create(CONTACT, h.runtime.clock.now());
  const ports = { ...h.runtime.portsFor(token), contentCheck };
  return (await FUNCTIONS.nomination.handle({ action: 'submit', version }, ports)) as Reply<{ id: string; version: number }>;
}

const judging = (verdicts: Record<string, 'risky' | 'review'>): ContentCheck => ({
  submitImage: async () => ({ status: 'not_checked' }),
  async checkText(text) {
    const hit = Object.entries(verdicts).find(([marker]) => text.includes(marker));
    return hit ? { result: hit[1], label: 20001 } : { result: 'pass' };
  },
});

let h: Harness;
afterEach(() => h?.close());

async function pendingPhoto(traceId: string) {
  const sent = await submitted(h);
  const ports = h.runtime.portsFor(null);
  const [photo] = (await ports.db.read.media.forNomination(sent.id)).filter((m) => m.kind === 'photo');
  await ports.db.transaction((tx) =>
    tx.media.put({ ...photo, verdict: { ...photo.verdict, contentCheck: { status: 'pending', traceId } } }),
  );
  return photo.id;
}

describe("WeChat's asynchronous image check", () => {
  it('turns the push event into the media function action', () => {
    expect(fromMediaCheckPush({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 't1', result: { suggest: 'risky' } })).toEqual({
      action: 'contentCheckResult',
      traceId: 't1',
      suggest: 'risky',
    });
    expect(fromMediaCheckPush({ action: 'check' })).toEqual({ action: 'check' });
  });

  it('records a risky result once, and tells the staff', async () => {
    h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
    const photoId = await pendingPhoto('trace-1');
    const push = { action: 'contentCheckResult', traceId: 'trace-1', suggest: 'risky' };
    expect(dataOf(await h.callAsWechat(null, 'media', push, 'wx_unknown'))).toEqual({ recorded: true, status: 'risky' });
    expect(dataOf(await h.callAsWechat(null, 'media', { ...push, suggest: 'pass' }, 'wx_unknown'))).toEqual({ recorded: false });
    const media = await h.runtime.portsFor(null).db.read.media.get(photoId);
    expect(media?.verdict.contentCheck).toEqual({ status: 'risky', traceId: 'trace-1' });
    const inbox = dataOf(await h.call<{ items: { title: string }[] }>('staff-1', 'notify', { action: 'inbox' }));
    expect(inbox.items.map((i) => i.title)).toContain('工作照内容安全提示');
  });

  it('refuses the result from the app itself, whoever calls', async () => {
    h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
    await pendingPhoto('trace-2');
    const push = { action: 'contentCheckResult', traceId: 'trace-2', suggest: 'pass' };
    expect(await h.call(CONTACT, 'media', push)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await h.callAsWechat('openid-x', 'media', push)).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('the text check on submit and return, through the real handlers on SQLite', () => {
  it("records the local runtime's submit as not checked, field by field, and shows it to staff", async () => {
    h = await openHarness(OPEN);
    const sent = await submitted(h);
    const record = await h.runtime.portsFor(null).db.read.nominations.get(sent.id);
    expect(record?.review.textCheck).toEqual({
      at: expect.any(String),
      status: 'not_checked',
      flagged: CHECKED_FIELDS.map((path) => ({ path, result: 'not_checked', reason: 'the local runtime has no WeChat content check' })),
    });
    const seen = dataOf(await h.call<{ review: Record<string, unknown> }>('staff-1', 'review', { action: 'get', nominationId: sent.id }));
    expect(seen.review.textCheck).toMatchObject({ status: 'not_checked' });
    const returned = await h.call('staff-1', 'review', {
      action: 'return',
      nominationId: sent.id,
      version: sent.version,
      reasons: [{ path: 'deeds', message: '请补充事迹。' }],
    });
    expect(returned).toMatchObject({ ok: true });
  });

  it('refuses a risky text at its field, lets a doubtful one through flagged, and never lets a failing service block', async () => {
    h = await openHarness(OPEN);
    const made = await draft(h);
    await attachPassedMedia(h, made.id);
    const risky = await submitWith(judging({ [VALID_FORM.unitOpinion]: 'risky' }), made.version);
    expect(risky).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'unitOpinion', code: 'CONTENT_RISKY', message: CONTENT_RISKY_MESSAGE }] },
    });
    const doubtful = dataOf(await submitWith(judging({ [VALID_FORM.honors]: 'review' }), made.version));
    const stored = await h.runtime.portsFor(null).db.read.nominations.get(doubtful.id);
    expect(stored?.review.textCheck).toMatchObject({ status: 'review', flagged: [{ path: 'honors', result: 'review', label: 20001 }] });

    const again = dataOf(
      await h.call<{ version: number }>('staff-1', 'review', {
        action: 'return',
        nominationId: doubtful.id,
        version: doubtful.version,
        reasons: [{ path: null, message: '请核对。' }],
      }),
    );
    const down: ContentCheck = {
      submitImage: async () => ({ status: 'not_checked' }),
      checkText: () => Promise.reject(new Error('socket hang up')),
    };
    const resent = dataOf(await submitWith(down, again.version));
    const unchecked = await h.runtime.portsFor(null).db.read.nominations.get(resent.id);
    expect(unchecked?.status).toBe('submitted');
    expect(unchecked?.review.textCheck).toMatchObject({
      status: 'not_checked',
      flagged: CHECKED_FIELDS.map((path) => ({ path, result: 'not_checked', reason: 'socket hang up' })),
    });
  });
});
