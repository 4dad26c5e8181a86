import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { installDom } from './dom';
import type { StrictWx } from './strict-wx';

const require = createRequire(import.meta.url);

interface Simulator {
  jComponent: {
    register(definition: Record<string, unknown>): string;
    create(id: string, properties?: Record<string, unknown>): RootComponent;
  };
  exparser: Exparser;
  wcc: {
    getWxml(componentPath: string, options: { compiler: 'official'; rootPath: string; compilerOptions?: { maxBuffer?: number } }): unknown;
  };
}
let simulator: Simulator | null = null;
// The launch running now: where a rejection nobody handled is reported.
let unhandledSink: ((reason: unknown) => void) | null = null;
/** miniprogram-simulate registers WeChat's built-in components with j-component; its compile step runs wcc. */
function loadSimulator(): Simulator {
  if (simulator) return simulator;
  installDom();
  process.on('unhandledRejection', (reason) => unhandledSink?.(reason));
  require('miniprogram-simulate');
  simulator = {
    jComponent: require('j-component'),
    // j-component's own copy: events must be exparser's of the rendered tree.
    exparser: createRequire(require.resolve('j-component'))('miniprogram-exparser'),
    wcc: require('miniprogram-simulate/src/compile'),
  };
  return simulator;
}

interface Exparser {
  Event: {
    create(name: string, detail: unknown, options: Record<string, unknown>): unknown;
    dispatchEvent(node: unknown, event: unknown): void;
  };
}
interface RootComponent {
  dom: HTMLElement;
  attach(parent: Element): void;
  detach(): void;
  instance: Record<string, unknown>;
}

/**
 * Globals of WeChat's JS engine (AppService) besides the ECMAScript built-ins: the mini-program's code sees
 * these and nothing else. In particular no `TextEncoder`, `TextDecoder`, `fetch`, `URL`, `URLSearchParams`,
 * `structuredClone`, `Blob`, `FileReader`, `window`, `document`, `process`, `Buffer` or `MessageChannel`.
 */
const ECMASCRIPT = [
  'Object',
  'Function',
  'Array',
  'Number',
  'parseFloat',
  'parseInt',
  'Infinity',
  'NaN',
  'undefined',
  'Boolean',
  'String',
  'Symbol',
  'Date',
  'Promise',
  'RegExp',
  'Error',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'JSON',
  'Math',
  'Intl',
  'ArrayBuffer',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'Uint8ClampedArray',
  'DataView',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Proxy',
  'Reflect',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'escape',
  'unescape',
  'eval',
  'isFinite',
  'isNaN',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
];
/** Built-ins newer than iOS 12's JavaScriptCore (Safari 12): present on WeChat for iOS 14+ and Android. */
export const NEWER_THAN_IOS12 = ['BigInt', 'BigInt64Array', 'BigUint64Array', 'WeakRef', 'FinalizationRegistry', 'AggregateError'];
export type Engine = 'current' | 'ios12';

export interface PageHandle {
  route: string;
  root: RootComponent;
  /** What the page sent back through `getOpenerEventChannel()` to the page that opened it. */
  openerEvents: { name: string; data: unknown }[];
  /** Everything the page shows as text, in document order. */
  text(): string;
  /** The page's nodes of a WXML tag (`button`, `input`, `image`, …), in document order. */
  nodes(tag: string): Element[];
  close(): void;
}

export interface MiniProgram {
  /** Errors the code reported or threw (console.error, uncaught in callbacks, unhandled rejections). */
  errors: string[];
  /** What the code passed to `App()`. */
  readonly app: Record<string, unknown> | null;
  /** Globals the code looked up that WeChat does not have (`typeof` probes included). */
  missingGlobals: Set<string>;
  open(route: string, query?: Record<string, string>): Promise<PageHandle>;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the page's code has nothing left to do now (promises, timers of 0 ms, setData). */
export async function settle(rounds = 12): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Settles until the page shows `expected`: an upload goes through real file reads and the server's media
 * check, which take more turns of the event loop than `settle` waits on a loaded machine. Gives up after
 * `limitMs` and returns the text it saw, for the assertion to show.
 */
export async function textOnceShown(page: { text(): string }, expected: string, limitMs = 20_000): Promise<string> {
  const started = Date.now();
  while (!page.text().includes(expected) && Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
  }
  return page.text();
}

/**
 * Boots a built mini-program (dist/weapp) like WeChat does: app.js, then `App()`, and per opened page its
 * JS (`Page()`, turned into a `Component()` for exparser), its WXML compiled by WeChat's wcc, rendered by
 * exparser into jsdom. One instance is one launch of the app (its own module registry and `wx`).
 */
export function bootMiniProgram(dist: string, strictWx: StrictWx, engine: Engine = 'current'): MiniProgram {
  const ALLOWED = new Set(engine === 'ios12' ? ECMASCRIPT : [...ECMASCRIPT, ...NEWER_THAN_IOS12]);
  const { jComponent, wcc } = loadSimulator();
  const errors: string[] = [];
  const missingGlobals = new Set<string>();
  const modules = new Map<string, { exports: unknown }>();
  const registeredPages = new Map<string, string>();
  const stack: Record<string, unknown>[] = [];
  let app: Record<string, unknown> | null = null;
  let captured: Record<string, unknown> | null = null;

  const reportError = (...args: unknown[]) => {
    errors.push(
      args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
    );
  };
  strictWx.onCallbackError = (api, error) => reportError(`in the callback of wx.${api}:`, error);
  const weappConsole = { ...console, error: reportError, log: () => undefined, info: () => undefined, debug: () => undefined };

  // WeChat's constructors, by their global names (capitalised: not React components, whatever a linter thinks).
  const constructors: [string, (options: Record<string, unknown>) => unknown][] = [
    [
      'App',
      (options) => {
        app = options;
      },
    ],
    [
      'Page',
      (options) => {
        captured = options;
      },
    ],
    [
      'Component',
      (options) => {
        captured = options;
      },
    ],
    ['Behavior', (options) => options],
  ];
  const provided: Record<string, unknown> = {
    ...Object.fromEntries(constructors),
    wx: strictWx.wx,
    console: weappConsole,
    getApp: () => app,
    getCurrentPages: () => [...stack],
    requirePlugin: () => {
      throw new Error('requirePlugin: the app declares no plugin');
    },
  };
  const globalProxy: Record<string, unknown> = new Proxy({} as Record<string, unknown>, {
    has: (_t, key) => typeof key === 'string' && (key in provided || ALLOWED.has(key)),
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      if (key in provided) return provided[key];
      if (ALLOWED.has(key)) return (globalThis as Record<string, unknown>)[key];
      missingGlobals.add(key);
      return undefined;
    },
    set: (_t, key, value) => {
      provided[key as string] = value;
      return true;
    },
  });
  provided.globalThis = globalProxy;
  // Free identifiers of the code resolve here: WeChat's globals, the ECMAScript built-ins, nothing else.
  const scope = new Proxy({} as Record<string, unknown>, {
    has: (_t, key) => typeof key === 'string' && !ALLOWED.has(key),
    get: (_t, key) => {
      if (key === Symbol.unscopables || typeof key !== 'string') return undefined;
      if (key in provided) return provided[key];
      missingGlobals.add(key);
      return undefined;
    },
    set: (_t, key, value) => {
      provided[key as string] = value;
      return true;
    },
  });

  const load = (file: string): unknown => {
    const full = path.resolve(file.endsWith('.js') ? file : `${file}.js`);
    const cached = modules.get(full);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    modules.set(full, module);
    const code = fs.readFileSync(full, 'utf8');
    const wrapper = vm.runInThisContext(
      `(function (__scope) { with (__scope) { return function (require, module, exports) {${code}\n} } })`,
      {
        filename: full,
      },
    ) as (scope: unknown) => (req: (p: string) => unknown, m: unknown, e: unknown) => void;
    wrapper(scope)((request) => load(path.resolve(path.dirname(full), request)), module, module.exports);
    return module.exports;
  };
  const capture = (file: string) => {
    captured = null;
    load(file);
    const options = captured as Record<string, unknown> | null;
    if (!options) throw new Error(`${path.relative(dist, file)} registered no Page() or Component()`);
    return options;
  };
  const template = (route: string) =>
    wcc.getWxml(path.join(dist, route), { compiler: 'official', rootPath: dist, compilerOptions: { maxBuffer: 64 * 1024 * 1024 } });

  // WeChat reports a rejection nobody handled (App.onUnhandledRejection, the console); here the test sees it.
  unhandledSink = (reason) => reportError('unhandled rejection:', reason);

  // Read by wcc's generated code (miniprogram-simulate sets it the same way).
  (globalThis as Record<string, unknown>).__webview_engine_version__ = 0.02;
  load(path.join(dist, 'app.js'));
  const theApp = app as Record<string, unknown> | null;
  if (!theApp) throw new Error('app.js did not call App()');
  const launch = { path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} };
  (theApp.onLaunch as ((o: unknown) => void) | undefined)?.call(theApp, launch);
  (theApp.onShow as ((o: unknown) => void) | undefined)?.call(theApp, launch);

  // Custom components by file (Taro's `comp`, which includes itself): registered once per launch.
  const components = new Map<string, string>();
  const usingOf = (file: string): Record<string, string> => {
    const json = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as { usingComponents?: Record<string, string> };
    const using: Record<string, string> = {};
    for (const [tag, relative] of Object.entries(json.usingComponents ?? {}))
      using[tag] = registerComponent(path.resolve(path.dirname(file), relative), tag);
    return using;
  };
  const uniqueId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;
  function registerComponent(file: string, tagName: string): string {
    const known = components.get(file);
    if (known) return known;
    const id = uniqueId(tagName);
    components.set(file, id);
    const usingComponents = usingOf(file);
    const options = capture(file);
    return jComponent.register({ ...options, id, path: file, tagName, template: template(path.relative(dist, file)), usingComponents });
  }

  /** `Page(options)` as a `Component()`: its methods, and the page life cycle run from the component's. */
  const registerPage = (route: string) => {
    const known = registeredPages.get(route);
    if (known) return known;
    const file = path.join(dist, route);
    const usingComponents = usingOf(file);
    const options = capture(file);
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    const id = jComponent.register({
      id: uniqueId(`page-${route.replace(/\W+/g, '-')}`),
      path: file,
      tagName: 'page',
      template: template(route),
      usingComponents,
      data: options.data,
      methods,
      options: { multipleSlots: true },
    });
    registeredPages.set(route, id);
    return id;
  };

  return {
    errors,
    missingGlobals,
    get app() {
      return app;
    },
    async open(route, query = {}) {
      const id = registerPage(route);
      const root = jComponent.create(id);
      const page = root.instance;
      page.route = route;
      page.__route__ = route;
      page.options = query;
      const openerEvents: { name: string; data: unknown }[] = [];
      page.getOpenerEventChannel = () => ({
        emit: (name: string, data: unknown) => openerEvents.push({ name, data }),
        on: () => undefined,
        once: () => undefined,
        off: () => undefined,
      });
      stack.push(page);
      root.attach(document.body);
      const call = (hook: string, arg?: unknown) => {
        try {
          (page[hook] as ((a?: unknown) => void) | undefined)?.call(page, arg);
        } catch (error) {
          reportError(`${route} ${hook}:`, error);
        }
      };
      call('onLoad', query);
      call('onShow');
      call('onReady');
      await settle();
      return {
        route,
        root,
        openerEvents,
        text: () => text(root.dom),
        nodes: (tag) => Array.from(root.dom.querySelectorAll(`wx-${tag}`)),
        close() {
          call('onUnload');
          root.detach();
          stack.splice(stack.indexOf(page), 1);
        },
      };
    },
  };
}

/**
 * A tap on a node, as WeChat's touch layer delivers it (exparser `tap`, bubbling through the shadow trees).
 * A `<button open-type="agreePrivacyAuthorization">` then also fires its `agreeprivacyauthorization`, as
 * WeChat's own button does once the person agreed.
 */
export async function tap(node: Element): Promise<void> {
  const { exparser } = loadSimulator();
  const target = (node as Element & { __wxElement?: unknown }).__wxElement;
  if (!target) throw new Error(`not an exparser node: ${node.outerHTML.slice(0, 80)}`);
  const fire = (name: string, detail: unknown) =>
    exparser.Event.dispatchEvent(
      target,
      exparser.Event.create(name, detail, {
        bubbles: true,
        composed: true,
        capturePhase: true,
        extraFields: { touches: [], changedTouches: [] },
      }),
    );
  fire('tap', { x: 0, y: 0 });
  if (attr(node, 'open-type') === 'agreePrivacyAuthorization')
    fire('agreeprivacyauthorization', { errMsg: 'agreePrivacyAuthorization:ok' });
  await settle();
}

/** Typing into an `<input>`/`<textarea>`: WeChat's `input` event with the whole value. */
export async function type(node: Element, value: string): Promise<void> {
  const { exparser } = loadSimulator();
  const target = (node as Element & { __wxElement?: unknown }).__wxElement;
  if (!target) throw new Error(`not an exparser node: ${node.outerHTML.slice(0, 80)}`);
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create('input', { value, cursor: value.length, keyCode: 0 }, { bubbles: false, composed: false }),
  );
  await settle();
}

/** The innermost node of `tag` whose text contains `label` (the first, if several). */
export function byText(page: PageHandle, tag: string, label: string | RegExp): Element {
  const matches = page.nodes(tag).filter((n) => (typeof label === 'string' ? text(n).includes(label) : label.test(text(n))));
  const node = matches.find((n) => !matches.some((m) => m !== n && n.contains(m)));
  if (!node) throw new Error(`no <${tag}> with 「${label}」 on ${page.route}; the page shows: ${page.text().slice(0, 600)}`);
  return node;
}

/** A WXML attribute of a rendered node as the template bound it (`disabled`, `src`, `open-type`, …). */
export function attr(node: Element, name: string): unknown {
  const vt = (node as Element & { __wxElement?: { _vt?: { attrs?: { name: string; value: unknown }[] } } }).__wxElement?._vt;
  // j-component keeps them camelCased (`open-type` → `openType`).
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return vt?.attrs?.find((a) => a.name === name || a.name === camel)?.value;
}
