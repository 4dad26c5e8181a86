/** A field both sides changed differently: the person chooses which value stays. */
export interface FieldConflict {
  key: string;
  mine: string;
  theirs: string;
}

type Form = Record<string, string | undefined>;

/**
 * Three-way merge of a draft edited in two places. `base` is the server version this tab or
 * device last synced, never the server's newest form: a field is "changed" on a side only when it
 * differs from that base. Fields changed on one side are taken from that side; fields changed on
 * both sides to different values are conflicts (the merged form holds the server's value until
 * the person chooses), never overwritten silently.
 */
export function mergeDrafts(base: Form, mine: Form, theirs: Form): { merged: Form; conflicts: FieldConflict[] } {
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const merged: Form = {};
  const conflicts: FieldConflict[] = [];
  for (const key of keys) {
    const [b, m, t] = [base[key] ?? '', mine[key] ?? '', theirs[key] ?? ''];
    if (m === t || m === b) merged[key] = t || undefined;
    else if (t === b) merged[key] = m || undefined;
    else {
      merged[key] = t || undefined;
      conflicts.push({ key, mine: m, theirs: t });
    }
  }
  return { merged, conflicts };
}

/** Applies the person's choices: for each conflicting key, keep mine or theirs. */
export function resolveConflicts(merged: Form, conflicts: readonly FieldConflict[], keepMine: ReadonlySet<string>): Form {
  const out = { ...merged };
  for (const c of conflicts) out[c.key] = (keepMine.has(c.key) ? c.mine : c.theirs) || undefined;
  return out;
}

/** What a tab keeps to merge with: its own edits and the server version they build on. */
export interface SyncState {
  form: Form;
  baseForm: Form;
  version: number | null;
}

/** A newer server version met while this tab had unsaved edits. */
export interface RemoteVersion {
  form: Form;
  version: number;
}

/**
 * Meets a newer server version. Without conflicts the tab moves onto it at once (merged form, new
 * base). With conflicts nothing moves: the tab keeps its edits and its old base until the person
 * has chosen, so a closed app or a second conflict never loses either side.
 */
export function meetRemote(local: SyncState, remote: RemoteVersion): { next: SyncState; conflicts: FieldConflict[] } {
  const { merged, conflicts } = mergeDrafts(local.baseForm, local.form, remote.form);
  if (conflicts.length > 0) return { next: local, conflicts };
  return { next: { form: merged, baseForm: remote.form, version: remote.version }, conflicts };
}

/**
 * The person chose, field by field, in the conflicts they were shown. The merge is redone on the
 * tab's current edits (they may have typed on meanwhile); if that yields a conflict they were not
 * shown, the tab stays where it is and `askAgain` lists all of today's conflicts, to ask anew.
 */
export function resolveRemote(
  local: SyncState,
  remote: RemoteVersion,
  shown: readonly FieldConflict[],
  keepMine: ReadonlySet<string>,
): { next: SyncState; askAgain: FieldConflict[] } {
  const { merged, conflicts } = mergeDrafts(local.baseForm, local.form, remote.form);
  const asked = new Map(shown.map((c) => [c.key, c]));
  const unseen = conflicts.some((c) => {
    const seen = asked.get(c.key);
    return !seen || seen.mine !== c.mine || seen.theirs !== c.theirs;
  });
  if (unseen) return { next: local, askAgain: conflicts };
  return { next: { form: resolveConflicts(merged, conflicts, keepMine), baseForm: remote.form, version: remote.version }, askAgain: [] };
}
