import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { esLevelErrors, newerBuiltinCalls } from './support/es-level';

// WeChat on iOS runs the bundle on the system's JavaScriptCore, and project.config.json keeps WeChat's own
// ES6 transpiling off: iOS 12 must parse every file. ES2017 is the level it fully has (babel.config.js).
const dist = path.resolve(__dirname, '../../dist/weapp');
const jsFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));

describe('the ES level check', () => {
  it.each([
    ['optional chaining', 'a?.b'],
    ['nullish coalescing', 'a ?? b'],
    ['object spread', 'x = { ...a }'],
    ['optional catch binding', 'try {} catch {}'],
    ['lookbehind', 'x = /(?<=a)b/'],
    ['named groups', 'x = /(?<year>\\d+)/'],
    ['the s flag', 'x = /a.b/s'],
    ['property escapes', 'x = /\\p{Script=Han}/u'],
    ['lookbehind at run time', 'x = new RegExp("(?<!a)b")'],
    ['named groups at run time', 'x = RegExp("(?<y>a)/", "g")'],
  ])('rejects %s', (_, code) => {
    expect(esLevelErrors(code, 2017)).not.toEqual([]);
  });

  it('finds calls of built-in methods newer than iOS 12', () => {
    expect(newerBuiltinCalls('s.replaceAll("a", "b"); Promise.allSettled([]); a.at(0)')).toEqual([
      'String.prototype.replaceAll (iOS 13.4)',
      'Promise.allSettled (iOS 13)',
    ]);
  });

  it('accepts ES2017 (async functions, exponentiation, escaped slashes in RegExp strings)', () => {
    expect(esLevelErrors('async function f(a) { return (await a) ** 2 }; new RegExp("a/b", "gu")', 2017)).toEqual([]);
  });
});

describe('weapp bundle on iOS 12', () => {
  const files = jsFiles(dist);

  it('has JS files to check', () => {
    expect(files.map((f) => path.relative(dist, f))).toEqual(expect.arrayContaining(['app.js', 'vendors.js', 'taro.js']));
  });

  it.each(files.map((f) => [path.relative(dist, f), f]))('%s parses as ES2017, its regexes too', (_, file) => {
    expect(esLevelErrors(fs.readFileSync(file, 'utf8'), 2017)).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(dist, f), f]))('%s calls no built-in method iOS 12 lacks', (_, file) => {
    expect(newerBuiltinCalls(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });
});
