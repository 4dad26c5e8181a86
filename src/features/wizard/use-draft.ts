import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldIssue } from '../../../domain/errors/field-issue';
import type { NominationStatus } from '../../../domain/status/machine';
import { ApiError, callFunction } from '../../services/api';
import type { AttachedMedia } from '../media/types';
import { type FieldConflict, mergeDrafts } from './conflict';
import { type Form, type LocalDraft, readLocalDraft, restorePersonal, writeLocalDraft } from './draft-storage';

export type SaveState = 'saved' | 'saving' | 'pending' | 'retrying' | 'conflict' | 'error';

export interface ServerNomination {
  id: string;
  version: number;
  status: NominationStatus;
  form: Form;
  age: number | null;
  photos: AttachedMedia[];
  video: AttachedMedia | null;
  history: { at: string; action: string; from: NominationStatus | null; to: NominationStatus | null; detail?: Record<string, unknown> }[];
  review?: { returnReasons?: { path: string | null; message: string }[] };
}

const PAUSE_MS = 1200;
const RETRY_MS = [2000, 5000, 10000, 30000];

/** The nomination being filled in: kept on the phone at once, saved to the server after each pause. */
export function useDraft(unitId: string) {
  const [draft, setDraft] = useState<LocalDraft>(
    () => readLocalDraft(unitId) ?? { form: {}, version: null, baseForm: {}, dirty: false, step: 0 },
  );
  const [server, setServer] = useState<ServerNomination | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [error, setError] = useState<string>('');
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retries = useRef(0);

  const commit = useCallback(
    (next: LocalDraft) => {
      latest.current = next;
      writeLocalDraft(unitId, next);
      setDraft(next);
    },
    [unitId],
  );

  /** Reconciles the phone's copy with the server's: merge, or ask about real conflicts. */
  const reconcile = useCallback(
    (remote: ServerNomination | null) => {
      setServer(remote);
      // The phone keeps no ID or phone: the server's are the base, as if untouched here.
      const local = restorePersonal(latest.current, remote?.form ?? null);
      latest.current = local;
      if (!remote) return local.dirty ? 'save' : 'none';
      if (!local.dirty) {
        commit({ ...local, form: remote.form, baseForm: remote.form, version: remote.version, dirty: false });
        return 'none';
      }
      if (local.version === remote.version) return 'save';
      const { merged, conflicts: found } = mergeDrafts(local.baseForm, local.form, remote.form);
      commit({ ...local, form: found.length ? local.form : merged, baseForm: remote.form, version: remote.version, dirty: true });
      setConflicts(found);
      return found.length ? 'conflict' : 'save';
    },
    [commit],
  );

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    if (!latest.current.dirty) return;
    setSaveState('saving');
    try {
      // A draft read back from the phone lacks ID and phone until the server's are in: never save it without them.
      if (latest.current.personalFromServer && reconcile(await callFunction<ServerNomination | null>('nomination', 'get')) === 'conflict')
        return setSaveState('conflict');
      const snapshot = latest.current;
      const reply = await callFunction<{ version: number; warnings: FieldIssue[] }>('nomination', 'saveDraft', {
        ...(snapshot.version ? { version: snapshot.version } : {}),
        form: snapshot.form,
      });
      retries.current = 0;
      const now = latest.current;
      commit({ ...now, version: reply.version, baseForm: snapshot.form, dirty: now.form !== snapshot.form });
      setWarnings(reply.warnings);
      setError('');
      setSaveState(now.form !== snapshot.form ? 'pending' : 'saved');
      setServer((s) => (s ? { ...s, version: reply.version, form: snapshot.form } : s));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        const remote = await callFunction<ServerNomination | null>('nomination', 'get').catch(() => null);
        if (reconcile(remote) === 'conflict') return setSaveState('conflict');
        return save();
      }
      if (e instanceof ApiError && e.code !== 'NETWORK_ERROR' && e.code !== 'INTERNAL') {
        setError(e.message);
        return setSaveState('error');
      }
      setSaveState('retrying');
      const delay = RETRY_MS[Math.min(retries.current++, RETRY_MS.length - 1)];
      timer.current = setTimeout(() => void save(), delay);
    }
  }, [commit, reconcile]);

  const reload = useCallback(async () => {
    const remote = await callFunction<ServerNomination | null>('nomination', 'get');
    const next = reconcile(remote);
    if (next === 'save') await save();
    else if (next === 'conflict') setSaveState('conflict');
    setLoaded(true);
  }, [reconcile, save]);

  useEffect(() => {
    reload().catch((e: unknown) => {
      setError(e instanceof ApiError ? e.message : '读取失败');
      setLoaded(true);
    });
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [reload]);

  return {
    draft,
    server,
    loaded,
    saveState,
    error,
    warnings,
    conflicts,
    /** Sets one field: kept on the phone at once, saved to the server after a pause in typing. */
    setField(key: string, value: string) {
      commit({ ...latest.current, form: { ...latest.current.form, [key]: value === '' ? undefined : value }, dirty: true });
      setSaveState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), PAUSE_MS);
    },
    setStep(step: number) {
      commit({ ...latest.current, step, reached: Math.max(step, latest.current.reached ?? 0) });
      void save();
    },
    resolve(form: Form) {
      setConflicts([]);
      commit({ ...latest.current, form, dirty: true });
      void save();
    },
    save,
    reload,
    /** The server version the phone's copy is at, after the last save. */
    draftVersion: () => latest.current.version ?? 0,
  };
}
