import { describe, expect, it } from 'vitest';
import type { MeasuredMedia } from '../../domain/media/measured';
import { DEFAULT_MEDIA_RULES } from '../../domain/media/rules';
import type { MediaDevice, PickedFile } from '../../src/features/media/media-device';
import { type QueueSink, type QueueSteps, runBatch, runItem, type UploadState } from '../../src/features/media/media-queue';
import { precheck } from '../../src/features/media/precheck';
import { ApiError } from '../../src/services/api';
import { DeviceError } from '../../src/services/device-failure';

const file = (name: string): PickedFile => ({ path: `wxfile://tmp/${name}`, name, sizeBytes: 40 * 1024 * 1024 });
const goodVideo: MeasuredMedia = {
  kind: 'video',
  container: 'mp4',
  codec: 'h264',
  width: 1920,
  height: 1080,
  displayWidth: 1920,
  displayHeight: 1080,
  durationSec: 60,
  sizeBytes: 40 * 1024 * 1024,
};

/** The queue as the page shows it: what each item ends on, what was refused, how many were attached. */
function page() {
  const items = new Map<string, UploadState>();
  const view = { items, refusals: [] as string[], attached: 0, cancel: null as (() => void) | null };
  const sink: QueueSink = {
    update: (name, patch) => items.set(name, { ...(items.get(name) ?? { name, phase: 'checking', progress: 0, attempt: 0 }), ...patch }),
    remove: (name) => items.delete(name),
    refuse: (text) => view.refusals.push(text),
    note: () => undefined,
    attached: () => {
      view.attached += 1;
    },
    cancellable: (cancel) => {
      view.cancel = cancel;
    },
  };
  return { view, sink };
}

/** A phone whose getVideoInfo fails for the names in `unreadable` (WeChat's own failure object). */
function device(unreadable: string[]): MediaDevice {
  const unsupported = () => Promise.reject(new Error('not used'));
  return {
    choosePhotos: unsupported,
    chooseVideo: unsupported,
    recordVideo: unsupported,
    toJpeg: unsupported,
    measure: async (f) => {
      if (unreadable.includes(f.name)) throw { errMsg: 'getVideoInfo:fail file not exist', errno: 1300002 };
      return goodVideo;
    },
    upload: () => ({ done: Promise.reject(new Error('not used')), cancel: () => undefined }),
  };
}

function steps(options: { unreadable?: string[]; uploads?: (() => Promise<string>)[]; verifies?: (() => Promise<void>)[] }) {
  const calls = { uploads: 0, verifies: 0 };
  const phone = device(options.unreadable ?? []);
  const result: QueueSteps = {
    precheck: (f) => precheck(f, 'video', DEFAULT_MEDIA_RULES, phone),
    upload: (f) => {
      const next = options.uploads?.[calls.uploads] ?? (async () => `cloud://env/uploads/${f.name}`);
      calls.uploads += 1;
      return { done: next(), cancel: () => undefined };
    },
    verify: async () => {
      const next = options.verifies?.[calls.verifies];
      calls.verifies += 1;
      await next?.();
    },
  };
  return { steps: result, calls };
}

// A message the person reads is Chinese: WeChat's English errMsg never gets through.
const chinese = (text: string | undefined) => expect(text).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/);

describe('the upload queue', () => {
  it('ends an item whose pre-check fails (getVideoInfo) as failed with 重试, and goes on with the next file', async () => {
    const { view, sink } = page();
    const { steps: s, calls } = steps({ unreadable: ['a.mp4'] });
    const left = await runBatch([{ file: file('a.mp4') }, { file: file('b.mp4') }], s, sink);

    const a = view.items.get('a.mp4');
    expect(a?.phase).toBe('failed');
    expect(a?.canRetry).toBe(true);
    chinese(a?.message);
    expect(view.items.has('b.mp4')).toBe(false);
    expect(view.attached).toBe(1);
    expect(calls.uploads).toBe(1);
    expect(left.map((p) => p.file.name)).toEqual(['a.mp4']);
  });

  it('ends a dropped upload with a Chinese message, and 重试 uploads and attaches it', async () => {
    const { view, sink } = page();
    const { steps: s, calls } = steps({
      uploads: [() => Promise.reject(new DeviceError('upload', 'failed')), async () => 'cloud://env/uploads/c.mp4'],
    });
    const left = await runItem({ file: file('c.mp4') }, s, sink);
    const failed = view.items.get('c.mp4');
    expect(failed?.phase).toBe('failed');
    expect(failed?.message).toBe('网络连接中断，上传未完成。请检查网络后点「重试」。');
    expect(failed?.canRetry).toBe(true);
    expect(view.cancel).toBeNull();

    expect(left).not.toBeNull();
    if (left) expect(await runItem(left, s, sink)).toBeNull();
    expect(view.items.has('c.mp4')).toBe(false);
    expect(view.attached).toBe(1);
    expect(calls.uploads).toBe(2);
  });

  it('ends an upload that fails in an unexpected way (no DeviceError) in a Chinese message too', async () => {
    const { view, sink } = page();
    const { steps: s } = steps({ uploads: [() => Promise.reject({ errMsg: 'cloud.uploadFile:fail request:fail timeout' })] });
    await runItem({ file: file('d.mp4') }, s, sink);
    chinese(view.items.get('d.mp4')?.message);
    expect(view.items.get('d.mp4')?.canRetry).toBe(true);
  });

  it('retries only the server check once the bytes are stored', async () => {
    const { view, sink } = page();
    const dropped = () => Promise.reject(new ApiError({ code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' }));
    const { steps: s, calls } = steps({ verifies: [dropped, async () => undefined] });
    const left = await runItem({ file: file('e.mp4') }, s, sink);
    expect(view.items.get('e.mp4')).toMatchObject({ phase: 'failed', message: '网络连接失败，请检查网络后重试', canRetry: true });
    expect(left?.uploaded?.fileId).toBe('cloud://env/uploads/e.mp4');
    if (left) await runItem(left, s, sink);
    expect(calls).toEqual({ uploads: 1, verifies: 2 });
    expect(view.attached).toBe(1);
  });

  it('offers no 重试 for a file the server refused', async () => {
    const { view, sink } = page();
    const refused = () => Promise.reject(new ApiError({ code: 'MEDIA_REJECTED', message: '照片或视频不符合要求' }));
    const { steps: s } = steps({ verifies: [refused] });
    await runItem({ file: file('f.mp4') }, s, sink);
    expect(view.items.get('f.mp4')).toMatchObject({ phase: 'failed', message: '照片或视频不符合要求', canRetry: false });
  });

  it('never leaves an item on 检查中 or 上传中, whichever step fails', async () => {
    const failures = [
      steps({ unreadable: ['x.mp4'] }).steps,
      steps({ uploads: [() => Promise.reject(new DeviceError('upload', 'cancelled'))] }).steps,
      steps({ verifies: [() => Promise.reject(new Error('boom'))] }).steps,
    ];
    for (const s of failures) {
      const { view, sink } = page();
      await runItem({ file: file('x.mp4') }, s, sink);
      expect(view.items.get('x.mp4')?.phase).toBe('failed');
      chinese(view.items.get('x.mp4')?.message);
    }
  });
});
