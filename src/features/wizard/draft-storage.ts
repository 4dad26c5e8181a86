import Taro from '@tarojs/taro';

export type Form = Record<string, string | undefined>;

/** What is kept on the phone: the typed form, the server version it builds on, and where the person was. */
export interface LocalDraft {
  form: Form;
  /** The server's version these edits start from (null: nothing saved on the server yet). */
  version: number | null;
  /** The server's form at `version`, the base of a three-way merge. */
  baseForm: Form;
  dirty: boolean;
  step: number;
  /** The furthest step opened so far: the step bar lets the person jump to any of them. */
  reached?: number;
}

const key = (unitId: string) => `jinguo.draft.${unitId}`;

export function readLocalDraft(unitId: string): LocalDraft | null {
  const value: unknown = Taro.getStorageSync(key(unitId));
  return value && typeof value === 'object' && 'form' in value ? (value as LocalDraft) : null;
}

/** Written on every keystroke's state change: closing the app never loses what was typed. */
export function writeLocalDraft(unitId: string, draft: LocalDraft): void {
  try {
    Taro.setStorageSync(key(unitId), draft);
  } catch {
    // Storage full: the server copy (saved on each pause) still holds the work.
  }
}
