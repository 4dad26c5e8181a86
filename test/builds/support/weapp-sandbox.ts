import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

type Fn = (...args: unknown[]) => unknown;
type Config = Record<string, unknown>;

export interface PageInstance {
  route: string;
  data: Record<string, unknown>;
  setDataCalls: number;
  [hook: string]: unknown;
}

export interface WeappSandbox {
  app: Config | null;
  errors: string[];
  /** Loads a page module and runs its life cycle like WeChat would. */
  openPage(route: string, query?: Record<string, string>): Promise<PageInstance>;
  settle(ms?: number): Promise<void>;
}

const WX_APIS = [
  'chooseMedia',
  'getImageInfo',
  'getVideoInfo',
  'compressVideo',
  'createOffscreenCanvas',
  'canvasToTempFilePath',
  'getFileInfo',
  'createCameraContext',
  'startDeviceMotionListening',
  'stopDeviceMotionListening',
  'onDeviceMotionChange',
  'offDeviceMotionChange',
  'openSetting',
  'makePhoneCall',
  'setClipboardData',
  'showToast',
  'showModal',
  'showLoading',
  'hideLoading',
  'previewImage',
  'navigateTo',
  'navigateBack',
  'reLaunch',
  'redirectTo',
  'switchTab',
  'stopPullDownRefresh',
  'requestSubscribeMessage',
  'openDocument',
  'downloadFile',
  'setNavigationBarTitle',
  'pageScrollTo',
];

/** A stand-in API: calls `success`/`complete` with nothing; context factories return no-op objects. */
function genericApi(name: string) {
  if (/^create[A-Z]/.test(name)) return () => new Proxy({}, { get: () => () => undefined });
  return (options?: { success?: Fn; complete?: Fn }) => {
    options?.success?.({});
    options?.complete?.({});
    return undefined;
  };
}

/**
 * Loads a built mini-program (dist/weapp) in Node with stand-ins for WeChat's globals
 * (`wx`, `App`, `Page`, `Component`, `getApp`, `getCurrentPages`). `wxOverrides` replaces APIs,
 * e.g. `cloud.callFunction`. A crash that only the weapp build has shows up as an error here.
 */
export function loadWeapp(dist: string, wxOverrides: Record<string, unknown> = {}): WeappSandbox {
  const errors: string[] = [];
  let app: Config | null = null;
  let pageConfig: Config | null = null;
  const pages: PageInstance[] = [];
  const storage = new Map<string, unknown>();
  const noop = () => undefined;
  const systemInfo = {
    platform: 'devtools',
    windowWidth: 390,
    windowHeight: 844,
    screenWidth: 390,
    screenHeight: 844,
    pixelRatio: 2,
    statusBarHeight: 20,
    language: 'zh_CN',
    SDKVersion: '3.4.0',
    version: '8.0.50',
    safeArea: { top: 20, bottom: 844, left: 0, right: 390, width: 390, height: 824 },
  };
  const base: Record<string, unknown> = {
    getSystemInfoSync: () => systemInfo,
    getWindowInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getSystemInfo: (o: { success?: Fn }) => o?.success?.(systemInfo),
    getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 300, right: 380, width: 80, height: 32 }),
    canIUse: () => true,
    nextTick: (fn: Fn) => setTimeout(fn, 0),
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => storage.set(key, value),
    removeStorageSync: (key: string) => storage.delete(key),
    createSelectorQuery: () => new Proxy({}, { get: () => () => ({ exec: noop }) }),
    cloud: {
      init: noop,
      callFunction: async () => ({ result: { ok: false, error: { code: 'INTERNAL', message: 'no cloud in the smoke test' } } }),
    },
    ...wxOverrides,
  };
  // Taro copies wx's own keys (Object.keys), so the APIs the app uses must be real properties.
  for (const api of WX_APIS) if (!(api in base)) base[api] = genericApi(api);
  // Any other API exists and calls its `complete`/`success` callback with nothing, as a no-op.
  const isApi = (name: string | symbol) => typeof name === 'string' && /^[a-z][A-Za-z]+$/.test(name) && !name.startsWith('webpack');
  const wx = new Proxy(base, {
    has: (target, name) => name in target || isApi(name),
    get(target, name) {
      if (typeof name !== 'string' || name in target || !isApi(name)) {
        return target[name as string];
      }
      return genericApi(name);
    },
  });
  const sandbox: Record<string, unknown> = {
    wx,
    console: {
      ...console,
      error: (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
      },
    },
    App: (config: Config) => {
      app = config;
    },
    Page: (config: Config) => {
      pageConfig = config;
    },
    Component: (config: Config) => {
      pageConfig = config;
    },
    Behavior: (config: Config) => config,
    getApp: () => app,
    getCurrentPages: () => pages,
    requirePlugin: () => ({}),
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  };
  sandbox.globalThis = sandbox;
  const context = vm.createContext(sandbox);
  const cache = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const full = file.endsWith('.js') ? file : `${file}.js`;
    const cached = cache.get(full);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(full, module);
    const code = fs.readFileSync(full, 'utf8');
    const wrapped = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, { filename: full }) as Fn;
    wrapped((request: string) => load(path.resolve(path.dirname(full), request)), module, module.exports);
    return module.exports;
  };
  const settle = (ms = 50) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  load(path.join(dist, 'app.js'));
  const theApp = app as Config | null;
  if (!theApp) throw new Error('app.js did not call App()');
  (theApp.onLaunch as Fn | undefined)?.call(theApp, { path: 'pages/home/index', query: {}, scene: 1001 });
  (theApp.onShow as Fn | undefined)?.call(theApp, { path: 'pages/home/index', query: {}, scene: 1001 });

  return {
    get app() {
      return app;
    },
    errors,
    settle,
    async openPage(route, query = {}) {
      pageConfig = null;
      load(path.join(dist, route));
      const config = pageConfig as Config | null;
      if (!config) throw new Error(`${route}.js did not call Page()`);
      const instance = { ...config, route, data: { ...((config.data as Record<string, unknown>) ?? {}) }, setDataCalls: 0 } as PageInstance;
      instance.setData = (data: Record<string, unknown>, callback?: Fn) => {
        instance.setDataCalls++;
        Object.assign(instance.data, data);
        callback?.();
      };
      pages.push(instance);
      const hooks = (config.methods as Config | undefined) ?? config;
      for (const [hook, arg] of [
        ['onLoad', query],
        ['onShow', undefined],
        ['onReady', undefined],
      ] as const) {
        (hooks[hook] as Fn | undefined)?.call(instance, arg);
        await settle(10);
      }
      await settle();
      return instance;
    },
  };
}
