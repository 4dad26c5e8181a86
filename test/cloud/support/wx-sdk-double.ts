import { DatabaseDouble } from './double-database';
import { StorageDouble } from './double-storage';

export const DOUBLE_ENV = 'jinguo-double-1a2b3c';

export interface OpenApiCall {
  api: 'subscribeMessage.send' | 'security.mediaCheckAsync';
  options: Record<string, unknown>;
}

/**
 * TEST DOUBLE of the wx-server-sdk module: what `require('wx-server-sdk')` returns inside a bundled
 * cloud function under test. It offers the names the real module exports (a plain CommonJS object,
 * no `__esModule`, as the real one) over an in-memory database, storage and a recording openapi.
 * The caller's OPENID is set by the test, as WeChat sets it per invocation.
 */
export function createWxSdkDouble() {
  const database = new DatabaseDouble();
  const storage = new StorageDouble(DOUBLE_ENV);
  const openapiCalls: OpenApiCall[] = [];
  const initCalls: unknown[] = [];
  const failures = new Map<OpenApiCall['api'], { errCode: number; errMsg: string }>();
  let openid = '';
  const record = async (api: OpenApiCall['api'], options: Record<string, unknown>) => {
    openapiCalls.push({ api, options });
    const failure = failures.get(api);
    if (failure) throw Object.assign(new Error(`openapi.${api}:fail ${failure.errCode} ${failure.errMsg}`), failure);
    return api === 'security.mediaCheckAsync'
      ? { errCode: 0, errMsg: 'ok', traceId: `trace-${openapiCalls.length}` }
      : { errCode: 0, errMsg: 'ok' };
  };
  const DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
  const sdk = {
    version: 'double',
    DYNAMIC_CURRENT_ENV,
    init: (options: unknown) => {
      initCalls.push(options);
    },
    database: () => database,
    getWXContext: () => ({
      OPENID: openid,
      APPID: 'wx-double-appid',
      UNIONID: undefined,
      ENV: DOUBLE_ENV,
      SOURCE: openid ? 'wx_client' : 'wx_trigger',
    }),
    ...storage.sdk,
    openapi: {
      subscribeMessage: {
        send: (options: Record<string, unknown>) => {
          // WeChat accepts only these three, and answers anything else as an invalid argument.
          if (options.miniprogramState !== undefined && !['developer', 'trial', 'formal'].includes(String(options.miniprogramState))) {
            openapiCalls.push({ api: 'subscribeMessage.send', options });
            return Promise.reject(
              Object.assign(new Error('openapi.subscribeMessage.send:fail 47003 argument invalid! data.miniprogram_state invalid'), {
                errCode: 47003,
                errMsg: 'argument invalid! data.miniprogram_state invalid',
              }),
            );
          }
          return record('subscribeMessage.send', options);
        },
      },
      security: { mediaCheckAsync: (options: Record<string, unknown>) => record('security.mediaCheckAsync', options) },
    },
  };
  return {
    sdk,
    database,
    storage,
    openapiCalls,
    initCalls,
    DYNAMIC_CURRENT_ENV,
    /** The OPENID WeChat vouches for on the next calls; '' for a timer or the console. */
    setOpenid(value: string) {
      openid = value;
    },
    /** Makes every later call of an openapi fail with this WeChat error code. */
    failOpenApi(api: OpenApiCall['api'], errCode: number, errMsg = 'double failure') {
      failures.set(api, { errCode, errMsg });
    },
    /** Lets an openapi answer ok again. */
    healOpenApi(api: OpenApiCall['api']) {
      failures.delete(api);
    },
  };
}

export type WxSdkDouble = ReturnType<typeof createWxSdkDouble>;
