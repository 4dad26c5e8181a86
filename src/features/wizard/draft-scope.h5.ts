const TAB_KEY = 'jinguo.tab';

let scope: { current: string; previous: string | null } | null = null;

/**
 * A browser's tabs share one localStorage: each tab keeps its own draft, keyed by a tab id held in
 * sessionStorage, so two tabs never overwrite each other's edits or base and meet only through the
 * server's three-way merge. Every page load takes a fresh id and carries on from the previous one:
 * a duplicated tab (Chromium copies sessionStorage) then starts from the same draft, but writes
 * its own copy instead of sharing one.
 */
export function draftScope(): { current: string; previous: string | null } {
  if (scope) return scope;
  let previous: string | null = null;
  let current = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  try {
    previous = sessionStorage.getItem(TAB_KEY);
    sessionStorage.setItem(TAB_KEY, current);
  } catch {
    // No sessionStorage (a locked-down browser): one draft per browser, as before.
    current = '';
  }
  scope = { current, previous };
  // Held for the tab's life: another tab can tell a closed tab's draft (free to adopt) from a live one's.
  if (current && typeof navigator !== 'undefined' && navigator.locks) {
    void navigator.locks.request(lockName(current), () => new Promise<never>(() => undefined)).catch(() => undefined);
  }
  return scope;
}

const lockName = (tab: string) => `${TAB_KEY}.${tab}`;

/**
 * Of these tab ids, the tabs that are closed (their Web Lock is free). A tab closed before its edits
 * reached the server left them in its draft; the next tab adopts them. Without Web Locks nothing
 * is taken for closed: a live tab's draft is never taken from it.
 */
export async function closedScopes(scopes: readonly string[]): Promise<string[]> {
  if (typeof navigator === 'undefined' || !navigator.locks) return [];
  const { held = [] } = await navigator.locks.query();
  const alive = new Set(held.map((lock) => lock.name));
  return scopes.filter((tab) => tab && !alive.has(lockName(tab)));
}
