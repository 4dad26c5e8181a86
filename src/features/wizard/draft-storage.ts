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
  /** Read back from the phone without 身份证号 and 联系电话: they come from the server before anything is saved. */
  personalFromServer?: boolean;
}

/** Never written to the phone's storage: a lost or shared phone must not give away the candidate's ID or phone. */
export const SERVER_ONLY_FIELDS = ['idNumber', 'phone'] as const;

const PREFIX = 'jinguo.draft.';
const key = (unitId: string) => `${PREFIX}${unitId}`;

const withoutPersonal = (form: Form): Form => {
  const { idNumber: _id, phone: _phone, ...rest } = form;
  return rest;
};

export function readLocalDraft(unitId: string): LocalDraft | null {
  const value: unknown = Taro.getStorageSync(key(unitId));
  if (!value || typeof value !== 'object' || !('form' in value)) return null;
  const stored = value as LocalDraft;
  // A copy written before this rule may still hold them: they are dropped here and taken from the server.
  return { ...stored, form: withoutPersonal(stored.form), baseForm: withoutPersonal(stored.baseForm ?? {}), personalFromServer: true };
}

/**
 * Written on every keystroke's state change: closing the app never loses what was typed, except
 * 身份证号 and 联系电话, which stay on the server only (saved on each pause). Once everything is
 * saved (after a submit, too), only the step is kept: the form lives on the server.
 */
export function writeLocalDraft(unitId: string, draft: LocalDraft): void {
  const { personalFromServer: _, ...kept } = draft;
  const stored: LocalDraft = draft.dirty
    ? { ...kept, form: withoutPersonal(draft.form), baseForm: withoutPersonal(draft.baseForm) }
    : { form: {}, baseForm: {}, version: null, dirty: false, step: draft.step, reached: draft.reached };
  try {
    Taro.setStorageSync(key(unitId), stored);
  } catch {
    // Storage full: the server copy (saved on each pause) still holds the work.
  }
}

/**
 * Fills in what the phone did not keep from the server's form: 身份证号 and 联系电话 as the server has
 * them, unless typed since the draft was read back.
 */
export function restorePersonal(draft: LocalDraft, serverForm: Form | null): LocalDraft {
  if (!draft.personalFromServer) return draft;
  const form = { ...draft.form };
  const baseForm = { ...draft.baseForm };
  for (const field of SERVER_ONLY_FIELDS) {
    if (form[field] === undefined) form[field] = serverForm?.[field];
    baseForm[field] = serverForm?.[field];
  }
  return { ...draft, form, baseForm, personalFromServer: false };
}

/** Removes every local draft on this phone (sign-out). */
export function clearLocalDrafts(): void {
  for (const stored of Taro.getStorageInfoSync().keys) if (stored.startsWith(PREFIX)) Taro.removeStorageSync(stored);
}
