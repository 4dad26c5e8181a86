import fc from 'fast-check';

type Json = Record<string, unknown>;

/** Keys that poison a careless merge or lookup. */
const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'then', 'action', ''];

const deep = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Values of the wrong type or at a limit: what a broken or hostile client sends. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    0.5,
    2 ** 53,
    -(2 ** 63),
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    true,
    false,
    '',
    ' ',
    '\u0000',
    '\u202e\u200b\ufeff',
    '\ud800',
    '../../etc/passwd',
    'C:\\x',
    '1e400',
    'NaN',
    'x'.repeat(100_000),
    '字'.repeat(5_000),
    [],
    {},
    [[[]]],
    deep(200),
    deep(1_000),
    JSON.parse('{"__proto__":{"polluted":true}}'),
    Object.create(null),
    new Date(0),
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\n', '\r', '\t', '\u001b', '\u007f', '\u2028'), maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
);

/** Every path to a value inside an event (objects and arrays), the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    paths((value as Json)[key], path, out);
  }
  return out;
}

/** Sets an own property, even `__proto__`, the way JSON.parse would. */
function setOwn(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function replaceAt(event: Json, path: (string | number)[], make: (old: unknown) => unknown | typeof DROP): Json {
  const copy = structuredClone(event);
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Json;
  const last = path[path.length - 1];
  const next = make(parent[last]);
  if (next === DROP) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else setOwn(parent, last, next);
  return copy;
}

const DROP = Symbol('drop');

/**
 * Mutations for events shaped like `template`: one to three of dropping, retyping, poisoning,
 * wrapping and padding its values. A function, so it can mutate an event made just before the call.
 */
export function mutationOf(template: Json): fc.Arbitrary<(event: Json) => Json> {
  const all = paths(template);
  const pathArb = fc.nat({ max: Math.max(all.length - 1, 0) }).map((i) => all[i] ?? ['action']);
  const one: fc.Arbitrary<(event: Json) => Json> = fc.oneof(
    pathArb.map((p) => (e: Json) => (p[0] === 'action' ? e : safeReplace(e, p, () => DROP))),
    fc.tuple(pathArb, weirdValue).map(
      ([p, v]) =>
        (e: Json) =>
          p[0] === 'action' ? e : safeReplace(e, p, () => v),
    ),
    pathArb.map((p) => (e: Json) => (p[0] === 'action' ? e : safeReplace(e, p, (old) => [old]))),
    pathArb.map((p) => (e: Json) => (p[0] === 'action' ? e : safeReplace(e, p, (old) => ({ value: old })))),
    fc.tuple(fc.oneof(fc.constantFrom(...POISON_KEYS), fc.string({ maxLength: 10 })), weirdValue).map(([key, v]) => (e: Json) => {
      if (key === 'action') return e;
      const copy = structuredClone(e);
      setOwn(copy, key, v);
      return copy;
    }),
  );
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((steps) => (event: Json) => steps.reduce((e, step) => step(e), event));
}

/** Mutated copies of one valid event. */
export function mutatedEvent(valid: Json): fc.Arbitrary<Json> {
  return mutationOf(valid).map((mutate) => mutate(valid));
}

/** A step whose path vanished under an earlier step (a dropped parent) leaves the event as it is. */
function safeReplace(event: Json, path: (string | number)[], make: (old: unknown) => unknown): Json {
  let node: unknown = event;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return event;
    node = (node as Json)[step];
  }
  if (typeof node !== 'object' || node === null) return event;
  return replaceAt(event, path, make);
}

/** Random events for an action: anything at all, or any object that names the action. */
export function randomEvent(actionName: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }),
    fc.object({ maxDepth: 3, values: [weirdValue, fc.anything({ maxDepth: 2 })] }).map((o) => ({ ...o, action: actionName })),
    fc.record({ action: fc.oneof(fc.constant(actionName), weirdValue) }, { requiredKeys: [] }),
  );
}
