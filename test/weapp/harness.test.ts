import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { bootMiniProgram, tap } from './support/miniprogram';
import { answer, createStrictWx } from './support/strict-wx';

// The stand-ins must fail where WeChat would: a tiny mini-program (test/weapp/fixtures/probe) probes them.
const probe = path.resolve(__dirname, 'fixtures/probe');
const boot = () => {
  const wx = createStrictWx({ schema: inject('wxSchema') });
  return { wx, mp: bootMiniProgram(probe, wx) };
};

describe('the WeChat engine stand-in', () => {
  it('gives the code none of the globals WeChat lacks, and the ones it has', () => {
    const { mp } = boot();
    const app = mp.app as { seen: Record<string, string> };
    for (const name of ['TextEncoder', 'TextDecoder', 'fetch', 'URL', 'URLSearchParams', 'structuredClone', 'Blob', 'FileReader']) {
      expect(app.seen[name], name).toBe('undefined');
    }
    for (const name of ['window', 'document', 'process', 'Buffer', 'setImmediate', 'MessageChannel'])
      expect(app.seen[name], name).toBe('undefined');
    expect(app.seen.viaGlobalThis).toBe('undefined');
    expect(app.seen).toMatchObject({ Promise: 'function', Map: 'function', wx: 'object', getApp: 'function', BigInt: 'function' });
  });

  it('has no BigInt on the iOS 12 engine', () => {
    const wx = createStrictWx({ schema: inject('wxSchema') });
    const mp = bootMiniProgram(probe, wx, 'ios12');
    expect((mp.app as { seen: Record<string, string> }).seen.BigInt).toBe('undefined');
  });

  it('renders WXML compiled by wcc and runs a tap through exparser into the page', async () => {
    const { mp } = boot();
    const page = await mp.open('pages/probe/index');
    expect(page.text()).toBe('探针');
    await tap(page.nodes('view')[0] as Element);
    expect(page.text()).toBe('已点');
  });
});

describe('the strict wx', () => {
  it('reports an API and an option key the typings do not declare, and a side effect no test scripted', async () => {
    const { wx, mp } = boot();
    await mp.open('pages/probe/index');
    expect(wx.violations).toEqual([
      'wx.showToast({ colour }): option not declared in miniprogram-api-typings',
      'wx.getFileInfo: not declared in miniprogram-api-typings',
      'wx.setClipboardData: called, but the test scripted no behaviour for it',
      'wx.showLoading({ … }): required option title missing (miniprogram-api-typings)',
    ]);
    expect(wx.ui).toEqual([
      { api: 'showToast', options: { title: '已打开', icon: 'none', colour: 'red' } },
      { api: 'showLoading', options: { mask: true } },
    ]);
  });

  it('answers as scripted: success, cancel, the privacy gate, failure', async () => {
    const s = createStrictWx({ schema: inject('wxSchema') });
    const outcomes = [
      answer.ok({ tempFiles: [] }),
      answer.cancel('chooseMedia'),
      answer.privacyRefused('chooseMedia'),
      answer.fail('chooseMedia', 'x'),
    ];
    const results: unknown[] = [];
    for (const outcome of outcomes) {
      s.script('chooseMedia', () => outcome);
      results.push(
        await new Promise((resolve) => (s.wx.chooseMedia as (o: object) => void)({ count: 1, success: resolve, fail: resolve })),
      );
    }
    expect(results).toEqual([
      { errMsg: 'chooseMedia:ok', tempFiles: [] },
      { errMsg: 'chooseMedia:fail cancel' },
      { errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement', errno: 112 },
      { errMsg: 'chooseMedia:fail x', errno: undefined },
    ]);
    expect(() => s.script('chooseVideoFromNowhere', () => answer.ok())).toThrow(/not in miniprogram-api-typings/);
  });

  it('answers the ambient APIs realistically', () => {
    const s = createStrictWx({ schema: inject('wxSchema') });
    const wx = s.wx as Record<string, (...a: unknown[]) => unknown>;
    expect(wx.getSystemInfoSync?.()).toMatchObject({ platform: 'ios', system: 'iOS 12.5.7', SDKVersion: '3.4.0' });
    expect(wx.getStorageSync?.('missing')).toBe('');
    wx.setStorageSync?.('k', { a: 1 });
    expect(wx.getStorageSync?.('k')).toEqual({ a: 1 });
    expect(wx.canIUse?.('chooseMedia')).toBe(true);
    expect(wx.canIUse?.('getFileInfo')).toBe(false);
    expect(s.violations).toEqual([]);
  });
});
