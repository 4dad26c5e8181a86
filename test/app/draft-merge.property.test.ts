import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldConflict, meetRemote, type RemoteVersion, resolveRemote, type SyncState } from '../../src/features/wizard/conflict';

/**
 * A model of the server and of tabs on several devices, driven by the real merge functions the
 * app's `useDraft` calls. Every value typed is unique, so where each one went can be traced.
 */
const KEYS = ['workUnitAndPost', 'honors', 'deeds', 'name'] as const;
const TABS = 3;
const MODEL_RUNS = 3000;

type Op =
  | { kind: 'edit'; tab: number; key: (typeof KEYS)[number] }
  | { kind: 'save'; tab: number }
  | { kind: 'choose'; tab: number; mine: boolean[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), tab: fc.nat(TABS - 1), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('save' as const), tab: fc.nat(TABS - 1) }),
  fc.record({ kind: fc.constant('choose' as const), tab: fc.nat(TABS - 1), mine: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) }),
);

interface Tab {
  sync: SyncState;
  pending: { remote: RemoteVersion; shown: FieldConflict[] } | null;
}

function runModel(ops: Op[], finalChoices: boolean[]) {
  const server = { form: {} as Record<string, string | undefined>, version: 1 };
  const tabs: Tab[] = Array.from({ length: TABS }, () => ({ sync: { form: {}, baseForm: {}, version: 1 }, pending: null }));
  const typed: { key: string; value: string }[] = [];
  /** Values a person saw and replaced: typed over, or not chosen in the dialog. */
  const replaced = new Set<string>();
  let counter = 0;

  const save = (tab: Tab) => {
    if (tab.pending) return;
    if (tab.sync.version !== server.version) {
      // As useDraft does: the tab takes what meetRemote answers, conflicts or not.
      const { next, conflicts } = meetRemote(tab.sync, { form: server.form, version: server.version });
      tab.sync = next;
      if (conflicts.length) {
        tab.pending = { remote: { form: server.form, version: server.version }, shown: conflicts };
        return;
      }
    }
    server.form = tab.sync.form;
    server.version += 1;
    tab.sync = { ...tab.sync, baseForm: tab.sync.form, version: server.version };
  };
  const choose = (tab: Tab, mine: boolean[]) => {
    const held = tab.pending;
    if (!held) return;
    const keep = new Set(held.shown.filter((_, i) => mine[i % mine.length]).map((c) => c.key));
    const { next, askAgain } = resolveRemote(tab.sync, held.remote, held.shown, keep);
    if (askAgain.length) {
      // Typed on while the dialog was open: the dialog asks again, nothing was replaced yet.
      tab.pending = { remote: held.remote, shown: askAgain };
      return;
    }
    for (const c of held.shown) replaced.add(keep.has(c.key) ? c.theirs : c.mine);
    tab.pending = null;
    tab.sync = next;
  };

  for (const o of ops) {
    const tab = tabs[o.tab];
    if (o.kind === 'edit') {
      const value = `v${counter++}`;
      const before = tab.sync.form[o.key];
      if (before) replaced.add(before);
      tab.sync = { ...tab.sync, form: { ...tab.sync.form, [o.key]: value } };
      typed.push({ key: o.key, value });
    } else if (o.kind === 'save') save(tab);
    else choose(tab, o.mine);
  }
  // Everyone finishes: answers the dialog if one is open and saves, until all tabs are in step.
  for (let round = 0; round < 4 * TABS; round++) {
    for (const tab of tabs) {
      choose(tab, finalChoices);
      save(tab);
    }
  }
  return { server, tabs, typed, replaced };
}

describe('the three-way merge of the wizard', () => {
  it(`never loses an edit: each is on the server, or was seen and replaced (${MODEL_RUNS} interleavings of 3 tabs)`, () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (ops, finals) => {
        const { server, tabs, typed, replaced } = runModel(ops, finals);
        for (const { key, value } of typed) {
          if (server.form[key] !== value) expect(replaced.has(value), `${key}=${value} vanished`).toBe(true);
        }
        for (const tab of tabs) {
          expect(tab.pending).toBeNull();
          expect(tab.sync.form).toEqual(server.form);
        }
      }),
      { numRuns: MODEL_RUNS },
    );
  });

  it('takes every field changed on one side only from that side, and reports every field changed on both', () => {
    const value = fc.option(fc.string({ maxLength: 4 }), { nil: undefined });
    const form = fc.record(Object.fromEntries(KEYS.map((k) => [k, value])) as Record<(typeof KEYS)[number], typeof value>);
    fc.assert(
      fc.property(form, form, form, fc.integer({ min: 1, max: 50 }), (base, mine, theirs, version) => {
        const local = { form: mine, baseForm: base, version };
        const remote = { form: theirs, version: version + 1 };
        const { next, conflicts } = meetRemote(local, remote);
        const both = KEYS.filter(
          (k) => (mine[k] ?? '') !== (base[k] ?? '') && (theirs[k] ?? '') !== (base[k] ?? '') && (mine[k] ?? '') !== (theirs[k] ?? ''),
        );
        expect(conflicts.map((c) => c.key).sort()).toEqual([...both].sort());
        // With conflicts nothing moves until the person chose; then the chosen side of each stays.
        if (both.length) expect(next).toBe(local);
        const keep = new Set(both.filter((_, i) => i % 2 === 0));
        const resolved = resolveRemote(local, remote, conflicts, keep).next;
        expect(resolved.baseForm).toBe(theirs);
        expect(resolved.version).toBe(version + 1);
        for (const k of KEYS) {
          const [b, m, t] = [base[k] ?? '', mine[k] ?? '', theirs[k] ?? ''];
          const got = resolved.form[k] ?? '';
          if (both.includes(k)) expect(got).toBe(keep.has(k) ? m : t);
          else if (m !== b) expect(got).toBe(m);
          else expect(got).toBe(t);
        }
      }),
      { numRuns: MODEL_RUNS },
    );
  });

  it('asks again about a field typed into while the dialog was open', () => {
    const local = { form: { honors: 'mine' }, baseForm: { honors: 'base' }, version: 1 };
    const remote = { form: { honors: 'theirs', deeds: 'theirs' }, version: 2 };
    const { conflicts } = meetRemote(local, remote);
    const typedOn = { ...local, form: { ...local.form, deeds: 'typed meanwhile' } };
    const { askAgain, next } = resolveRemote(typedOn, remote, conflicts, new Set(['honors']));
    expect(askAgain).toEqual([
      { key: 'honors', mine: 'mine', theirs: 'theirs' },
      { key: 'deeds', mine: 'typed meanwhile', theirs: 'theirs' },
    ]);
    expect(next).toBe(typedOn);
  });
});
