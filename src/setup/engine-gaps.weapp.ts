/**
 * iOS before 14 (JavaScriptCore of Safari 12/13, which WeChat uses there) has no BigInt, and zod 4 calls
 * BigInt("…") while it loads, for the int64/uint64 ranges of schemas this app never builds. A Number
 * stand-in lets zod load; nothing here computes with BigInt, so no value depends on its precision.
 */
type Global = { BigInt?: unknown };
const scope: Global | undefined = typeof globalThis === 'undefined' ? undefined : (globalThis as Global);
if (scope && typeof scope.BigInt !== 'function') {
  scope.BigInt = (value: string | number | boolean) => Number(value);
}
export {};
