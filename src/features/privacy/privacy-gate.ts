import { useSyncExternalStore } from 'react';

/** WeChat's answer to a pending privacy request (`resolve` of onNeedPrivacyAuthorization). */
export type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

// Several gated calls can wait at once (a photo and the motion sensor): one answer releases them all.
let waiting: PrivacyResolve[] = [];
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Called by the platform's listener when a gated API or component waits for the person's consent. */
export function askPrivacy(resolve: PrivacyResolve): void {
  waiting = [...waiting, resolve];
  notify();
}

/** The person tapped the agree button `buttonId` (WeChat checks that this button was tapped). */
export function agreePrivacy(buttonId: string): void {
  const answered = waiting;
  waiting = [];
  for (const resolve of answered) resolve({ event: 'agree', buttonId });
  notify();
}

/** The person refused: the waiting calls fail with a privacy error, which each action turns into its message. */
export function refusePrivacy(): void {
  const answered = waiting;
  waiting = [];
  for (const resolve of answered) resolve({ event: 'disagree' });
  notify();
}

/** Tells WeChat the sheet is on screen (its exposure report), once per waiting call. */
export function reportPrivacyShown(): void {
  for (const resolve of waiting) resolve({ event: 'exposureAuthorization' });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a gated call is waiting for the person's answer. */
export function usePrivacyPending(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting.length > 0,
    () => false,
  );
}
