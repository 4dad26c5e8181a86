import { type MediaDevice, type PickedFile, type UploadKind, mediaDevice } from './media-device';

const DELAYS_MS = [1000, 3000, 8000];

export interface UploadControl {
  done: Promise<string>;
  cancel(): void;
}

/** Uploads one file, retrying with backoff on failure; a cancel stops it at once. */
export function uploadWithRetry(
  file: PickedFile,
  kind: UploadKind,
  unitId: string,
  onProgress: (fraction: number, attempt: number) => void,
  device: MediaDevice = mediaDevice,
): UploadControl {
  let cancelled = false;
  let current: { cancel(): void } | null = null;
  const done = (async () => {
    for (let attempt = 0; ; attempt++) {
      const handle = device.upload(file, kind, unitId, (f) => onProgress(f, attempt));
      current = handle;
      try {
        return await handle.done;
      } catch (error) {
        if (cancelled || attempt >= DELAYS_MS.length) throw error;
        await new Promise((r) => setTimeout(r, DELAYS_MS[attempt]));
        if (cancelled) throw error;
      }
    }
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      current?.cancel();
    },
  };
}
