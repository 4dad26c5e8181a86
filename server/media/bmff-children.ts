import { type BoxHeader, parseBoxHeader } from './bmff-walk';

/** A box inside an in-memory parent: its type and payload bounds within the buffer. */
export type Child = { type: string; start: number; end: number };

/** Child boxes of the payload bytes[start, end); each must fit inside its parent. */
export function children(bytes: Uint8Array, start: number, end: number): Child[] {
  const found: Child[] = [];
  let at = start;
  while (at + 8 <= end) {
    const box: BoxHeader = parseBoxHeader(bytes, at, 0, end);
    found.push({ type: box.type, start: at + box.headerSize, end: at + box.size });
    at += box.size;
  }
  return found;
}

/** The first child box along a path, e.g. child(moov, 'mvex', 'mehd'). */
export function child(bytes: Uint8Array, parent: Child, ...path: string[]): Child | undefined {
  let current: Child | undefined = parent;
  for (const type of path) {
    if (!current) return undefined;
    current = children(bytes, current.start, current.end).find((c) => c.type === type);
  }
  return current;
}
