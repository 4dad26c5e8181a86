import * as acorn from 'acorn';

type Node = acorn.Node & Record<string, unknown>;

function* nodesOf(value: unknown): Generator<Node> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item);
  } else if (value && typeof value === 'object') {
    const node = value as Node;
    if (typeof node.type === 'string') yield node;
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') yield* nodesOf(child);
  }
}

/** A RegExp source as a literal: an unescaped `/` would end the literal early. */
const asLiteral = (pattern: string, flags: string) => `/${pattern.replace(/\\.|\//g, (m) => (m === '/' ? '\\/' : m))}/${flags}`;

const stringArg = (node: Node | undefined): string | undefined =>
  node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;

/**
 * Why `code` would not load on an engine of `ecmaVersion`: acorn rejects newer syntax and, in regex
 * literals, newer regex features. `new RegExp('…')`/`RegExp('…')` with literal strings are checked the
 * same way, since the engine compiles them at run time.
 */
export function esLevelErrors(code: string, ecmaVersion: acorn.ecmaVersion): string[] {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' });
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    return [`${(error as Error).message}: …${code.slice(Math.max(0, at - 60), at + 40)}…`];
  }
  const errors: string[] = [];
  for (const node of nodesOf(acorn.parse(code, { ecmaVersion, sourceType: 'script' }))) {
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression') continue;
    const callee = node.callee as Node;
    if (callee.type !== 'Identifier' || callee.name !== 'RegExp') continue;
    const [patternNode, flagsNode] = node.arguments as Node[];
    const pattern = stringArg(patternNode);
    if (pattern === undefined) continue;
    const literal = asLiteral(pattern, stringArg(flagsNode) ?? '');
    try {
      acorn.parse(literal, { ecmaVersion, sourceType: 'script' });
    } catch (error) {
      errors.push(`new RegExp(${JSON.stringify(pattern)}): ${(error as Error).message}`);
    }
  }
  return errors;
}

// Methods newer than Safari 12 (iOS 12) that a polyfill-free bundle must not call. Only distinctive names:
// `.at()` or `.any()` would also match the app's own objects.
const NEWER_THAN_IOS12: Record<string, string> = {
  replaceAll: 'String.prototype.replaceAll (iOS 13.4)',
  matchAll: 'String.prototype.matchAll (iOS 13)',
  allSettled: 'Promise.allSettled (iOS 13)',
  hasOwn: 'Object.hasOwn (iOS 15.4)',
  findLast: 'Array.prototype.findLast (iOS 15.4)',
  findLastIndex: 'Array.prototype.findLastIndex (iOS 15.4)',
  toSorted: 'Array.prototype.toSorted (iOS 16)',
  toReversed: 'Array.prototype.toReversed (iOS 16)',
  toSpliced: 'Array.prototype.toSpliced (iOS 16)',
};

/** Calls of built-in methods iOS 12's JavaScriptCore does not have (no polyfills are bundled). */
export function newerBuiltinCalls(code: string): string[] {
  const found = new Set<string>();
  for (const node of nodesOf(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' }))) {
    if (node.type !== 'CallExpression') continue;
    const callee = node.callee as Node;
    if (callee.type !== 'MemberExpression' || callee.computed) continue;
    const property = callee.property as Node;
    const name = property.type === 'Identifier' ? String(property.name) : '';
    const what = Object.hasOwn(NEWER_THAN_IOS12, name) ? NEWER_THAN_IOS12[name] : undefined;
    if (what) found.add(what);
  }
  return [...found];
}
