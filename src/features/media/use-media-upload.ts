import { useRef, useState } from 'react';
import type { MediaRules } from '../../../domain/media/rules';
import { ApiError, callFunction } from '../../services/api';
import type { PickedFile, UploadKind } from './media-device';
import { precheck } from './precheck';
import { uploadWithRetry } from './upload-with-retry';

export interface UploadState {
  name: string;
  phase: 'checking' | 'uploading' | 'verifying' | 'failed';
  progress: number;
  attempt: number;
  message?: string;
}

/** Pre-check → upload (progress, retry, cancel) → server check, one file at a time. */
export function useMediaUpload(kind: UploadKind, unitId: string, rules: MediaRules, onAttached: () => void) {
  const [queue, setQueue] = useState<UploadState[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const cancelRef = useRef<(() => void) | null>(null);

  const update = (name: string, patch: Partial<UploadState>) => setQueue((q) => q.map((u) => (u.name === name ? { ...u, ...patch } : u)));

  async function one(file: PickedFile) {
    update(file.name, { phase: 'checking' });
    const checked = await precheck(file, kind, rules);
    if (!checked.verdict.ok) {
      setRefusals((r) => [...r, `${file.name}：${checked.verdict.reasons.map((x) => x.message).join('；')}`]);
      setQueue((q) => q.filter((u) => u.name !== file.name));
      return;
    }
    if (checked.notes.length) setNotes((n) => [...n, ...checked.notes.map((x) => `${file.name}：${x}`)]);
    update(file.name, { phase: 'uploading' });
    const control = uploadWithRetry(checked.file, kind, unitId, (progress, attempt) => update(file.name, { progress, attempt }));
    cancelRef.current = control.cancel;
    try {
      const fileId = await control.done;
      update(file.name, { phase: 'verifying', progress: 1 });
      await callFunction('media', 'check', { fileId, kind });
      setQueue((q) => q.filter((u) => u.name !== file.name));
      onAttached();
    } catch (error) {
      const message =
        error instanceof ApiError ? [error.message, ...error.fields.slice(1).map((f) => f.message)].join('；') : (error as Error).message;
      update(file.name, { phase: 'failed', message });
    } finally {
      cancelRef.current = null;
    }
  }

  return {
    queue,
    refusals,
    notes,
    clearRefusals: () => setRefusals([]),
    cancel: () => cancelRef.current?.(),
    dismiss: (name: string) => setQueue((q) => q.filter((u) => u.name !== name)),
    async add(files: PickedFile[]) {
      setRefusals([]);
      setNotes([]);
      setQueue((q) => [...q, ...files.map((f) => ({ name: f.name, phase: 'checking' as const, progress: 0, attempt: 0 }))]);
      // One at a time: a failure never loses the other files or the form.
      for (const file of files) await one(file);
    },
  };
}
