import fs from 'node:fs';
import type { SerializedMember } from './global-setup';

type Options = Record<string, unknown>;
type Callback = (result: unknown) => void;

/** What one call of an asynchronous API does: its `success` result, or a `fail` as WeChat reports it. */
export type Outcome = { ok: Options } | { fail: { errMsg: string; errno?: number } };
/** A scripted API: gets the options the app passed (callbacks left out) and answers like WeChat would. */
export type Behaviour = (options: Options) => Outcome | Promise<Outcome>;

/** WeChat's own answers, as the base library words them. */
export const answer = {
  ok: (result: Options = {}): Outcome => ({ ok: result }),
  cancel: (api: string): Outcome => ({ fail: { errMsg: `${api}:fail cancel` } }),
  /** The privacy gate: the API is not declared in 用户隐私保护指引 (errno 112). */
  privacyRefused: (api: string): Outcome => ({
    fail: { errMsg: `${api}:fail api scope is not declared in the privacy agreement`, errno: 112 },
  }),
  fail: (api: string, reason: string, errno?: number): Outcome => ({ fail: { errMsg: `${api}:fail ${reason}`, errno } }),
};

export interface UiEvent {
  api: string;
  options: Options;
}

export interface StrictWx {
  /** The object the mini-program's code sees as `wx`. */
  wx: Record<string, unknown>;
  /** Calls the typings do not allow: an undeclared API or option key, or a side effect no test scripted. */
  violations: string[];
  /** Toasts, modals, loading and navigation, in order: what the user was shown. */
  ui: UiEvent[];
  /** Every call by API name, with its options. */
  calls: { api: string; options: unknown }[];
  script(api: string, behaviour: Behaviour): void;
  /** For the APIs that return their answer (`getXSync`, `createX`). */
  scriptSync(api: string, impl: (...args: unknown[]) => unknown): void;
  /** Calls the listeners the app registered with `wx.on<Name>` (e.g. `NeedPrivacyAuthorization`). */
  emit(event: string, ...args: unknown[]): void;
  listeners(event: string): ((...args: unknown[]) => unknown)[];
  storage: Map<string, unknown>;
  /** Errors the app's own success/fail/complete callbacks threw. */
  callbackErrors: { api: string; error: unknown }[];
  onCallbackError?: (api: string, error: unknown) => void;
}

export interface StrictWxOptions {
  schema: Record<string, SerializedMember>;
  /** Behaviours of namespaced APIs the harness implements itself, e.g. `cloud.callFunction`. */
  builtins?: Record<string, Behaviour>;
  /** The phone's temp files (`wxfile://…`) and where their bytes are on disk. */
  tempFiles?: ReadonlyMap<string, string>;
}

// An iPhone on iOS 12: the oldest system the mini-program supports (babel.config.js).
const systemInfo = {
  brand: 'iPhone',
  model: 'iPhone 6s<iPhone8,1>',
  system: 'iOS 12.5.7',
  platform: 'ios',
  version: '8.0.50',
  SDKVersion: '3.4.0',
  language: 'zh_CN',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 667,
  windowWidth: 375,
  windowHeight: 603,
  statusBarHeight: 20,
  safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
  fontSizeSetting: 16,
  theme: 'light',
  benchmarkLevel: 1,
  enableDebug: false,
};

// Event registrations: they only store the listener.
const isListener = (api: string) => /^(on|off)[A-Z]/.test(api);
// APIs that answer with their return value, not through callbacks.
const isSyncApi = (api: string) =>
  api.endsWith('Sync') ||
  /^(create[A-Z]|get(Window|Device|AppBase)Info$|getMenuButtonBoundingClientRect$|getFileSystemManager$|canIUse$|nextTick$|reportAnalytics$)/.test(
    api,
  );
// APIs whose call returns a task object (progress, abort).
const TASK_APIS = new Set(['uploadFile', 'downloadFile', 'request', 'cloud.uploadFile', 'cloud.downloadFile']);

type SyncImpl = (...args: unknown[]) => unknown;
const ok =
  (result: Options = {}): Behaviour =>
  () =>
    answer.ok(result);

/**
 * A `wx` built from miniprogram-api-typings: only declared APIs exist (Taro copies `Object.keys(wx)`),
 * every option key is checked against the API's option interface, and side effects answer only as the
 * test scripted them.
 */
export function createStrictWx({ schema, builtins = {}, tempFiles = new Map() }: StrictWxOptions): StrictWx {
  const violations: string[] = [];
  const ui: UiEvent[] = [];
  const calls: StrictWx['calls'] = [];
  const scripted = new Map<string, Behaviour>();
  const registered = new Map<string, ((...args: unknown[]) => unknown)[]>();
  const storage = new Map<string, unknown>();
  const note = (message: string) => {
    if (!violations.includes(message)) violations.push(message);
  };

  const isDeclared = (path: string): boolean => {
    let members: Record<string, SerializedMember> | undefined = schema;
    for (const [i, part] of path.split('.').entries()) {
      const member: SerializedMember | undefined = members?.[part];
      if (!member) return false;
      if (i === path.split('.').length - 1) return true;
      members = member.kind === 'namespace' ? member.members : undefined;
    }
    return false;
  };

  const selectorQuery = () => {
    const queued: Callback[] = [];
    const nodes = {
      boundingClientRect(cb?: Callback) {
        queued.push(cb ?? (() => undefined));
        return query;
      },
      scrollOffset(cb?: Callback) {
        queued.push(cb ?? (() => undefined));
        return query;
      },
      fields(_fields: unknown, cb?: Callback) {
        queued.push(cb ?? (() => undefined));
        return query;
      },
      node(cb?: Callback) {
        queued.push(cb ?? (() => undefined));
        return query;
      },
    };
    const query = {
      in: () => query,
      select: () => nodes,
      selectAll: () => nodes,
      selectViewport: () => nodes,
      exec(cb?: Callback) {
        // Layout is not simulated: every node answers as not laid out (WeChat's answer for a hidden node).
        setTimeout(() => {
          const results = queued.map(() => null);
          queued.forEach((q, i) => {
            q(results[i]);
          });
          cb?.(results);
        }, 0);
      },
    };
    return query;
  };

  // Realistic answers of the APIs every page touches; anything else with a side effect must be scripted.
  const syncDefaults: Record<string, SyncImpl> = {
    getSystemInfoSync: () => ({ ...systemInfo }),
    getWindowInfo: () => ({ ...systemInfo }),
    getDeviceInfo: () => ({ ...systemInfo }),
    getAppBaseInfo: () => ({ ...systemInfo }),
    getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 281, right: 368, width: 87, height: 32 }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {} }),
    canIUse: (what) => typeof what === 'string' && isDeclared(what.replace(/^wx\./, '').split(/[.[]/)[0] ?? ''),
    nextTick: (fn) => {
      setTimeout(fn as () => void, 0);
    },
    getStorageSync: (key) => (storage.has(String(key)) ? storage.get(String(key)) : ''),
    setStorageSync: (key, value) => {
      storage.set(String(key), value);
    },
    removeStorageSync: (key) => {
      storage.delete(String(key));
    },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    createSelectorQuery: selectorQuery,
    // The context is only a handle; what its methods do (record, photograph) must be scripted.
    createCameraContext: () => context('createCameraContext', 'CameraContext'),
    getFileSystemManager: () =>
      context('getFileSystemManager', 'FileSystemManager', {
        // The phone's temp files are the test's files on disk.
        getFileInfo: ({ filePath }) => {
          const file = tempFiles.get(String(filePath));
          return file && fs.existsSync(file)
            ? answer.ok({ size: fs.statSync(file).size, digest: '' })
            : answer.fail('getFileInfo', `no such file or directory ${String(filePath)}`);
        },
      }),
    reportAnalytics: () => undefined,
  };
  const shown =
    (api: string, result: Options = {}): Behaviour =>
    (o) => {
      ui.push({ api, options: o });
      return answer.ok(result);
    };
  const asyncDefaults: Record<string, Behaviour> = {
    getSystemInfo: ok(systemInfo),
    getStorage: (o) =>
      storage.has(String(o.key)) ? answer.ok({ data: storage.get(String(o.key)) }) : answer.fail('getStorage', 'data not found'),
    setStorage: (o) => {
      storage.set(String(o.key), o.data);
      return answer.ok();
    },
    removeStorage: (o) => {
      storage.delete(String(o.key));
      return answer.ok();
    },
    getSetting: ok({ authSetting: {} }),
    getPrivacySetting: ok({ needAuthorization: false, privacyContractName: '《巾帼推荐隐私保护指引》' }),
    requirePrivacyAuthorize: ok(),
    showToast: shown('showToast'),
    showLoading: shown('showLoading'),
    showModal: shown('showModal', { confirm: true, cancel: false }),
    hideToast: ok(),
    hideLoading: ok(),
    setNavigationBarTitle: ok(),
    stopPullDownRefresh: ok(),
    pageScrollTo: ok(),
    navigateTo: shown('navigateTo'),
    redirectTo: shown('redirectTo'),
    reLaunch: shown('reLaunch'),
    switchTab: shown('switchTab'),
    navigateBack: shown('navigateBack'),
  };
  const scriptedSync = new Map<string, SyncImpl>();
  /** The object a `create…Context` returns, with the methods its typings declare, checked the same way. */
  function context(factory: string, name: string, realistic: Record<string, Behaviour> = {}) {
    const declared = schema[factory];
    const members = declared?.kind === 'method' ? (declared.returns ?? {}) : {};
    return Object.fromEntries(
      Object.entries(members).map(([method, member]) => {
        const path = `${name}.${method}`;
        return [
          method,
          (options: Options = {}) => {
            calls.push({ api: path, options });
            checkOptions(path, member, options);
            const behaviour = scripted.get(path) ?? realistic[method];
            if (behaviour) return settle(path, behaviour, options);
            note(`${path}: called, but the test scripted no behaviour for it`);
            return settle(path, () => answer.fail(method, 'no behaviour scripted in the test'), options);
          },
        ];
      }),
    );
  }

  function checkOptions(path: string, member: SerializedMember, first: unknown) {
    if (member.kind !== 'method' || !member.optionKeys || !first || typeof first !== 'object' || Array.isArray(first)) return;
    for (const key of Object.keys(first)) {
      if (!member.optionKeys.includes(key)) note(`wx.${path}({ ${key} }): option not declared in miniprogram-api-typings`);
    }
    for (const key of member.requiredKeys ?? []) {
      if (!(key in first)) note(`wx.${path}({ … }): required option ${key} missing (miniprogram-api-typings)`);
    }
  }

  // An error thrown in the app's callback is the app's, not the API's: WeChat reports it as uncaught.
  const callBack = (path: string, callback: Callback | undefined, result: unknown) => {
    try {
      callback?.(result);
    } catch (error) {
      strict.callbackErrors.push({ api: path, error });
      strict.onCallbackError?.(path, error);
    }
  };
  const settle = (path: string, behaviour: Behaviour, options: Options) => {
    const { success, fail, complete, ...rest } = options as Options & Partial<Record<'success' | 'fail' | 'complete', Callback>>;
    const api = path.split('.').pop() ?? path;
    let aborted = false;
    const progress: Callback[] = [];
    const promise = Promise.resolve()
      .then(() => behaviour(rest))
      .then((outcome) => {
        if (aborted) throw { errMsg: `${api}:fail abort` };
        if ('ok' in outcome) {
          for (const p of progress) p({ progress: 100, totalBytesSent: 1, totalBytesExpectedToSend: 1 });
          const result = { errMsg: `${api}:ok`, ...outcome.ok };
          callBack(path, success, result);
          callBack(path, complete, result);
          return result;
        }
        throw outcome.fail;
      })
      .catch((error: unknown) => {
        if (!(error && typeof error === 'object' && 'errMsg' in error)) throw error;
        callBack(path, fail, error);
        callBack(path, complete, error);
        throw error;
      });
    // wx.cloud's transfers return their task only when given a callback; without one, a promise (its docs' Promise style).
    if (TASK_APIS.has(path) && (!path.startsWith('cloud.') || success || fail || complete)) {
      promise.catch(() => undefined);
      return {
        onProgressUpdate: (cb: Callback) => progress.push(cb),
        offProgressUpdate: () => progress.splice(0),
        onHeadersReceived: () => undefined,
        offHeadersReceived: () => undefined,
        abort: () => {
          aborted = true;
        },
      };
    }
    // With callbacks WeChat returns nothing; without, base library ≥ 2.10.2 returns a promise.
    if (success || fail || complete) {
      promise.catch(() => undefined);
      return undefined;
    }
    return promise;
  };

  const implement = (path: string, member: SerializedMember) => {
    const api = path.split('.').pop() ?? path;
    return (...args: unknown[]) => {
      calls.push({ api: path, options: args[0] });
      checkOptions(path, member, args[0]);
      if (isListener(api)) {
        const event = api.replace(/^(on|off)/, '');
        const list = registered.get(event) ?? [];
        const listener = args[0] as (...a: unknown[]) => unknown;
        registered.set(event, api.startsWith('on') ? [...list, listener] : listener ? list.filter((l) => l !== listener) : []);
        return undefined;
      }
      if (isSyncApi(api)) {
        const impl = scriptedSync.get(path) ?? syncDefaults[path];
        if (impl) return impl(...args);
        note(`wx.${path}: called, but the test scripted no behaviour for it`);
        throw new Error(`wx.${path}: no behaviour scripted in the test`);
      }
      const options = (args[0] && typeof args[0] === 'object' ? args[0] : {}) as Options;
      const behaviour = scripted.get(path) ?? builtins[path] ?? asyncDefaults[path];
      if (behaviour) return settle(path, behaviour, options);
      note(`wx.${path}: called, but the test scripted no behaviour for it`);
      return settle(path, () => answer.fail(api, 'no behaviour scripted in the test'), options);
    };
  };

  const build = (members: Record<string, SerializedMember>, prefix: string): Record<string, unknown> => {
    const target: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(members)) {
      const path = prefix + name;
      if (member.kind === 'method') target[name] = implement(path, member);
      else if (member.kind === 'namespace') target[name] = build(member.members, `${path}.`);
      else if (path === 'env') target[name] = { USER_DATA_PATH: 'wxfile://usr' };
    }
    // `webpackJsonp` is webpack's chunk list, kept on `wx` by Taro's runtime: data, not an API.
    return new Proxy(target, {
      get(t, key) {
        if (typeof key === 'string' && !(key in t) && key !== 'webpackJsonp') {
          note(`wx.${prefix}${key}: not declared in miniprogram-api-typings`);
        }
        return t[key as string];
      },
    });
  };

  const wx = build(schema, '');
  const strict: StrictWx = {
    wx,
    callbackErrors: [],
    violations,
    ui,
    calls,
    storage,
    script(api, behaviour) {
      if (!isDeclared(api) && !/^([A-Z]\w+Context|FileSystemManager)\.\w+$/.test(api))
        throw new Error(`cannot script wx.${api}: not in miniprogram-api-typings`);
      scripted.set(api, behaviour);
    },
    scriptSync(api, impl) {
      if (!isDeclared(api)) throw new Error(`cannot script wx.${api}: not in miniprogram-api-typings`);
      scriptedSync.set(api, impl);
    },
    emit(event, ...args) {
      for (const listener of registered.get(event) ?? []) listener(...args);
    },
    listeners: (event) => registered.get(event) ?? [],
  };
  return strict;
}
