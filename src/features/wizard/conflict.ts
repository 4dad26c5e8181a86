/** A field both phones changed differently: the person chooses which value stays. */
export interface FieldConflict {
  key: string;
  mine: string;
  theirs: string;
}

type Form = Record<string, string | undefined>;

/**
 * Three-way merge of a draft edited on two phones: fields changed on only one side merge
 * silently; fields changed on both sides to different values are conflicts, never overwritten.
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
