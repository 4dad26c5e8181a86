import { announce } from './notifications';
import { reviewersOf } from './test-units';
import type { Ports } from './ports';

/** WeChat's push of an image check result (event `wxa_media_check`), as the media function's action. */
export function fromMediaCheckPush(event: unknown): unknown {
  const e = event as { MsgType?: unknown; Event?: unknown; trace_id?: unknown; result?: { suggest?: unknown } } | null;
  if (e?.MsgType !== 'event' || e.Event !== 'wxa_media_check') return event;
  return { action: 'contentCheckResult', traceId: e.trace_id, suggest: e.result?.suggest };
}

/**
 * Records WeChat's asynchronous verdict on a photo; only a pending check changes. Only the
 * platform's push reaches this (the `platform` audience of media.contentCheckResult).
 */
export async function recordContentCheck(ports: Ports, traceId: string, suggest: 'pass' | 'risky' | 'review') {
  const now = ports.clock.now();
  return ports.db.transaction(async (tx) => {
    const media = await tx.media.findByTraceId(traceId);
    if (media?.verdict.contentCheck?.status !== 'pending') return { recorded: false };
    const status = suggest === 'pass' ? 'pass' : 'risky';
    await tx.media.put({ ...media, verdict: { ...media.verdict, contentCheck: { status, traceId } } });
    if (status === 'risky') {
      const nomination = await tx.nominations.get(media.nominationId);
      await announce(
        tx,
        {
          eventKey: `content-risky:${media.id}`,
          userIds: await reviewersOf(tx, 'staff', nomination?.unitId ?? null),
          title: '工作照内容安全提示',
          body: `「${nomination?.form.name ?? ''}」的一张工作照被微信内容安全检测标记为需人工复核，请在审查时查看。`,
          page: `/packages/review/pages/detail/index?id=${encodeURIComponent(media.nominationId)}`,
          // Staff meet the flag when they review; the staff's only template says "new submission", which this is not.
          template: null,
          data: {},
        },
        now,
      );
    }
    return { recorded: true, status };
  });
}
