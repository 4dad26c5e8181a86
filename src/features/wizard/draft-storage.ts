import Taro from '@tarojs/taro';
import { draftScope } from './draft-scope';

export type Form = Record<string, string | undefined>;

/** What is kept on the phone: the typed form, the server version it builds on, and where the person was. */
export interface LocalDraft {
  form: Form;
  /** The server's version these edits start from (null: nothing saved on the server yet). */
  version: number | null;
  /** The server's form at `version` as this tab last synced it: the base of the three-way merge. */
  baseForm: Form;
  dirty: boolean;
  step: number;
  /** The furthest step opened so far: the step bar lets the person jump to any of them. */
  reached?: number;
}

const key = (unitId: string, scope: string) => `jinguo.draft.${unitId}${scope ? `.${scope}` : ''}`;

function read(storageKey: string): LocalDraft | null {
  const value: unknown = Taro.getStorageSync(storageKey);
  return value && typeof value === 'object' && 'form' in value ? (value as LocalDraft) : null;
}

/** This tab's (or device's) draft; a reloaded tab carries on from the copy it kept before. */
export function readLocalDraft(unitId: string): LocalDraft | null {
  const { current, previous } = draftScope();
  const own = read(key(unitId, current));
  if (own || previous === null) return own;
  const carried = read(key(unitId, previous));
  if (carried) {
    writeLocalDraft(unitId, carried);
    Taro.removeStorageSync(key(unitId, previous));
  }
  return carried;
}

/** Written on every keystroke's state change: closing the app never loses what was typed. */
export function writeLocalDraft(unitId: string, draft: LocalDraft): void {
  try {
    Taro.setStorageSync(key(unitId, draftScope().current), draft);
  } catch {
    // Storage full: the server copy (saved on each pause) still holds the work.
  }
}
