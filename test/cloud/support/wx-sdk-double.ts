import { DatabaseDouble } from './double-database';
import { StorageDouble } from './double-storage';

export const DOUBLE_ENV = 'jinguo-double-1a2b3c';

/** What msgSecCheck says of a text containing `marker`: a suggestion and WeChat's label (20001 时政, 20002 色情, 20006 违法犯罪, …). */
export interface TextRule {
  marker: string;
  suggest: 'review' | 'risky';
  label: number;
}

const openapiError = (api: string, errCode: number, errMsg: string) =>
  Object.assign(new Error(`openapi.${api}:fail ${errCode} ${errMsg}`), { errCode, errMsg });

/**
 * security.msgSecCheck v2 as WeChat documents it: the argument checks it makes (version 2, an
 * openid, scene 1–4, 1–2500 characters of content), then errCode 0 with `result.suggest` / `label`,
 * the `detail` of its strategies and a `traceId`. A text passes (label 100) unless a rule matches it.
 */
function msgSecCheckAnswer(options: Record<string, unknown>, rules: readonly TextRule[], n: number) {
  const content = options.content;
  if (options.version !== 2) throw openapiError('security.msgSecCheck', 47001, 'data format error: version');
  if (typeof options.openid !== 'string' || options.openid === '') throw openapiError('security.msgSecCheck', 40003, 'invalid openid');
  if (![1, 2, 3, 4].includes(Number(options.scene))) throw openapiError('security.msgSecCheck', 40129, 'invalid scene');
  if (typeof content !== 'string' || content === '') throw openapiError('security.msgSecCheck', 44002, 'empty post data');
  if (Array.from(content).length > 2500) throw openapiError('security.msgSecCheck', 47001, 'data format error: content too long');
  const hit = rules.find((rule) => content.includes(rule.marker));
  const verdict = hit ? { suggest: hit.suggest, label: hit.label } : { suggest: 'pass', label: 100 };
  return {
    errCode: 0,
    errMsg: 'openapi.security.msgSecCheck:ok',
    result: verdict,
    detail: [
      { strategy: 'content_model', errcode: 0, ...verdict, prob: hit ? 90 : 0 },
      { strategy: 'keyword', errcode: 0, ...(hit ? { ...verdict, level: 20, keyword: hit.marker } : {}) },
    ],
    traceId: `text-trace-${n}`,
  };
}

export interface OpenApiCall {
  api: 'subscribeMessage.send' | 'security.mediaCheckAsync' | 'security.msgSecCheck';
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
  const textRules: TextRule[] = [];
  let openid = '';
  const record = async (api: OpenApiCall['api'], options: Record<string, unknown>) => {
    openapiCalls.push({ api, options });
    const failure = failures.get(api);
    if (failure) throw Object.assign(new Error(`openapi.${api}:fail ${failure.errCode} ${failure.errMsg}`), failure);
    if (api === 'security.msgSecCheck') return msgSecCheckAnswer(options, textRules, openapiCalls.length);
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
      security: {
        mediaCheckAsync: (options: Record<string, unknown>) => record('security.mediaCheckAsync', options),
        msgSecCheck: (options: Record<string, unknown>) => record('security.msgSecCheck', options),
      },
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
    /** From now on msgSecCheck answers `suggest` for any text containing `marker`. */
    judgeText(rule: TextRule) {
      textRules.push(rule);
    },
    /** Lets an openapi answer ok again. */
    healOpenApi(api: OpenApiCall['api']) {
      failures.delete(api);
    },
  };
}

export type WxSdkDouble = ReturnType<typeof createWxSdkDouble>;
