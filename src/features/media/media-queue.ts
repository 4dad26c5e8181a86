import { type DeviceAction, deviceMessage } from '../../../domain/privacy/device-messages';
import { ApiError, errorText } from '../../services/api';
import { DeviceError } from '../../services/device-failure';
import type { PickedFile } from './media-device';
import type { Prechecked } from './precheck';
import type { UploadControl } from './upload-with-retry';

export interface UploadState {
  name: string;
  phase: 'checking' | 'uploading' | 'verifying' | 'failed';
  progress: number;
  attempt: number;
  message?: string;
  /** A failed item the person can try again (a network drop, a refused permission), not a wrong file. */
  canRetry?: boolean;
}

/** A file still to attach; `fileId` once its bytes are stored, so a retry only repeats the server check. */
export interface PendingFile {
  file: PickedFile;
  uploaded?: { fileId: string };
}

/** The three steps of one file, injected so the queue is testable without a phone or a server. */
export interface QueueSteps {
  precheck(file: PickedFile): Promise<Prechecked>;
  upload(file: PickedFile, onProgress: (fraction: number, attempt: number) => void): UploadControl;
  verify(fileId: string): Promise<void>;
}

/** Where the queue reports what happens to each item. */
export interface QueueSink {
  update(name: string, patch: Partial<UploadState>): void;
  remove(name: string): void;
  refuse(text: string): void;
  note(text: string): void;
  attached(): void;
  cancellable(cancel: (() => void) | null): void;
}

// Server answers that a second try can change; a refused file or a closed campaign stays refused.
const RETRYABLE_CODES = new Set(['NETWORK_ERROR', 'INTERNAL', 'RATE_LIMITED']);

function failure(action: DeviceAction, error: unknown): Pick<UploadState, 'message' | 'canRetry'> {
  if (error instanceof DeviceError) {
    return { message: error.message, canRetry: error.outcome !== 'unsupported' && error.outcome !== 'privacy-undeclared' };
  }
  if (error instanceof ApiError)
    return { message: errorText(error, deviceMessage(action, 'failed')), canRetry: RETRYABLE_CODES.has(error.code) };
  return { message: deviceMessage(action, 'failed'), canRetry: true };
}

async function upload(item: PendingFile, file: PickedFile, steps: QueueSteps, sink: QueueSink): Promise<string> {
  const name = item.file.name;
  sink.update(name, { phase: 'uploading', progress: 0 });
  const control = steps.upload(file, (progress, attempt) => sink.update(name, { progress, attempt }));
  sink.cancellable(control.cancel);
  try {
    return await control.done;
  } finally {
    sink.cancellable(null);
  }
}

/**
 * One file from pre-check to attached. It always ends in a final state: attached (removed), refused
 * (removed, with the reasons), or failed with a Chinese message; a failed item is returned for 重试.
 */
export async function runItem(item: PendingFile, steps: QueueSteps, sink: QueueSink): Promise<PendingFile | null> {
  const name = item.file.name;
  let stage: DeviceAction = 'read-media';
  let resume: PendingFile = item;
  try {
    let fileId = item.uploaded?.fileId;
    if (!fileId) {
      sink.update(name, { phase: 'checking', message: undefined, canRetry: undefined });
      const checked = await steps.precheck(item.file);
      if (!checked.verdict.ok) {
        sink.refuse(`${name}：${checked.verdict.reasons.map((x) => x.message).join('；')}`);
        sink.remove(name);
        return null;
      }
      for (const n of checked.notes) sink.note(`${name}：${n}`);
      stage = 'upload';
      fileId = await upload(item, checked.file, steps, sink);
      resume = { file: item.file, uploaded: { fileId } };
    }
    stage = 'upload';
    sink.update(name, { phase: 'verifying', progress: 1, message: undefined, canRetry: undefined });
    await steps.verify(fileId);
    sink.remove(name);
    sink.attached();
    return null;
  } catch (error) {
    sink.update(name, { phase: 'failed', ...failure(stage, error) });
    return resume;
  }
}

/** The files one after another: a failure never stops the batch or loses the other files. */
export async function runBatch(items: PendingFile[], steps: QueueSteps, sink: QueueSink): Promise<PendingFile[]> {
  const failed: PendingFile[] = [];
  for (const item of items) {
    const left = await runItem(item, steps, sink);
    if (left) failed.push(left);
  }
  return failed;
}
