import { useRef, useState } from 'react';
import type { MediaRules } from '../../../domain/media/rules';
import { callFunction } from '../../services/api';
import type { PickedFile, UploadKind } from './media-device';
import { type PendingFile, type QueueSink, type QueueSteps, runBatch, type UploadState } from './media-queue';
import { precheck } from './precheck';
import { uploadWithRetry } from './upload-with-retry';

export type { UploadState } from './media-queue';

/** Pre-check → upload (progress, retry, cancel) → server check, one file at a time; a failed file can be retried. */
export function useMediaUpload(kind: UploadKind, unitId: string, rules: MediaRules, onAttached: () => void) {
  const [queue, setQueue] = useState<UploadState[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const cancelRef = useRef<(() => void) | null>(null);
  const failedRef = useRef(new Map<string, PendingFile>());
  // One chain: a retry tapped while a batch runs waits its turn instead of racing it.
  const chainRef = useRef<Promise<unknown>>(Promise.resolve());

  const steps: QueueSteps = {
    precheck: (file) => precheck(file, kind, rules),
    upload: (file, onProgress) => uploadWithRetry(file, kind, unitId, onProgress),
    verify: async (fileId) => {
      await callFunction('media', 'check', { fileId, kind });
    },
  };
  const sink: QueueSink = {
    update: (name, patch) => setQueue((q) => q.map((u) => (u.name === name ? { ...u, ...patch } : u))),
    remove: (name) => setQueue((q) => q.filter((u) => u.name !== name)),
    refuse: (text) => setRefusals((r) => [...r, text]),
    note: (text) => setNotes((n) => [...n, text]),
    attached: onAttached,
    cancellable: (cancel) => {
      cancelRef.current = cancel;
    },
  };
  const run = (items: PendingFile[]) => {
    const next = chainRef.current.then(async () => {
      for (const left of await runBatch(items, steps, sink)) failedRef.current.set(left.file.name, left);
    });
    chainRef.current = next;
    return next;
  };

  return {
    queue,
    refusals,
    notes,
    clearRefusals: () => setRefusals([]),
    cancel: () => cancelRef.current?.(),
    dismiss: (name: string) => {
      failedRef.current.delete(name);
      setQueue((q) => q.filter((u) => u.name !== name));
    },
    retry: (name: string) => {
      const item = failedRef.current.get(name);
      if (!item) return Promise.resolve();
      failedRef.current.delete(name);
      return run([item]);
    },
    add(files: PickedFile[]) {
      setRefusals([]);
      setNotes([]);
      setQueue((q) => [...q, ...files.map((f) => ({ name: f.name, phase: 'checking' as const, progress: 0, attempt: 0 }))]);
      return run(files.map((file) => ({ file })));
    },
  };
}
