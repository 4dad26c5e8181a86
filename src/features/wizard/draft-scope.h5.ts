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
  return scope;
}
