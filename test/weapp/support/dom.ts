import { JSDOM } from 'jsdom';

/**
 * exparser renders into a DOM. A jsdom window for it alone: the server handlers in the same process keep
 * Node's globals (a jsdom test environment would turn `import.meta.url` into http://localhost), and the
 * mini-program's code never sees either (miniprogram.ts gives it WeChat's globals only). Installed on first
 * boot, after the server modules loaded: pdfkit picks its file paths by `typeof document`.
 */
export function installDom(): void {
  const g = globalThis as Record<string, unknown>;
  if (g.window) return;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  g.window = window;
  g.document = window.document;
  for (const name of [
    'Node',
    'Element',
    'HTMLElement',
    'Text',
    'Comment',
    'DocumentFragment',
    'Event',
    'CustomEvent',
    'MouseEvent',
    'TouchEvent',
    'KeyboardEvent',
    'FocusEvent',
    'UIEvent',
    'MutationObserver',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ] as const) {
    const value = (window as unknown as Record<string, unknown>)[name];
    g[name] = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...a: unknown[]) => unknown).bind(window) : value;
  }
}
