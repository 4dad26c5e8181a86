import { afterEach, describe, expect, it } from 'vitest';
import { fromMediaCheckPush } from '../../server/core/content-check-result';
import { dataOf, type Harness, openHarness } from './support/harness';
import { CONTACT, submitted } from './support/nominations';

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
