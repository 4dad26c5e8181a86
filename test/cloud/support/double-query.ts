/**
 * The query language of the cloud database as the test double understands it: plain equality,
 * the commands the adapters use (in, nin, lt, lte, eq, or, and; inc in updates) and nothing else —
 * an unknown command fails loudly, so the double never agrees with a query it cannot read.
 */
export type Doc = Record<string, unknown>;

export class DoubleCommand {
  constructor(
    readonly op: 'in' | 'nin' | 'lt' | 'lte' | 'eq' | 'or' | 'and' | 'inc',
    readonly operand: unknown,
  ) {}
}

export const command = {
  in: (values: unknown[]) => new DoubleCommand('in', values),
  nin: (values: unknown[]) => new DoubleCommand('nin', values),
  lt: (value: unknown) => new DoubleCommand('lt', value),
  lte: (value: unknown) => new DoubleCommand('lte', value),
  eq: (value: unknown) => new DoubleCommand('eq', value),
  or: (conditions: unknown[]) => new DoubleCommand('or', conditions),
  and: (conditions: unknown[]) => new DoubleCommand('and', conditions),
  inc: (n: number) => new DoubleCommand('inc', n),
};

const fieldOf = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Doc)[key] : undefined), doc);

function ordered(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function valueMatches(actual: unknown, expected: unknown): boolean {
  if (expected instanceof DoubleCommand) {
    switch (expected.op) {
      case 'eq':
        return valueMatches(actual, expected.operand);
      case 'in':
        return (expected.operand as unknown[]).some((v) => valueMatches(actual, v));
      case 'nin':
        return !(expected.operand as unknown[]).some((v) => valueMatches(actual, v));
      case 'lt':
        return (ordered(actual, expected.operand) ?? Number.NaN) < 0;
      case 'lte':
        return (ordered(actual, expected.operand) ?? Number.NaN) <= 0;
      default:
        throw new Error(`wx-sdk double: command ${expected.op} is not a field condition`);
    }
  }
  // As in MongoDB, null matches a null or a missing field.
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === 'object') return JSON.stringify(actual) === JSON.stringify(expected);
  return actual === expected;
}

/** Does the document satisfy a `where` condition (an object of fields, or an and/or command)? */
export function matches(doc: Doc, condition: unknown): boolean {
  if (condition instanceof DoubleCommand) {
    if (condition.op === 'and') return (condition.operand as unknown[]).every((c) => matches(doc, c));
    if (condition.op === 'or') return (condition.operand as unknown[]).some((c) => matches(doc, c));
    throw new Error(`wx-sdk double: command ${condition.op} cannot stand for a whole condition`);
  }
  if (!condition || typeof condition !== 'object') throw new Error('wx-sdk double: where() needs an object');
  return Object.entries(condition as Doc).every(([path, expected]) => valueMatches(fieldOf(doc, path), expected));
}

/** MongoDB's order: missing and null first, then by value. */
export function compareBy(orders: readonly [string, 'asc' | 'desc'][]) {
  return (a: Doc, b: Doc): number => {
    for (const [path, direction] of orders) {
      const [x, y] = [fieldOf(a, path), fieldOf(b, path)];
      const c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : (ordered(x, y) ?? 0);
      if (c !== 0) return direction === 'asc' ? c : -c;
    }
    return 0;
  };
}

/** Applies an update's top-level fields; `inc` adds, anything nested is refused (the adapters never send it). */
export function applyUpdate(doc: Doc, data: Doc): Doc {
  const next = { ...doc };
  for (const [key, value] of Object.entries(data)) {
    if (key === '_id') throw Object.assign(new Error('不能更新_id的值'), { errCode: -501007 });
    if (value instanceof DoubleCommand) {
      if (value.op !== 'inc') throw new Error(`wx-sdk double: update command ${value.op} is not modelled`);
      next[key] = (typeof next[key] === 'number' ? (next[key] as number) : 0) + (value.operand as number);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      throw new Error(`wx-sdk double: a nested update of ${key} is not modelled`);
    } else {
      next[key] = value;
    }
  }
  return next;
}
