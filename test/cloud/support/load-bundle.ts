import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { Reply } from '../../../domain/api/envelope';
import type { WxSdkDouble } from './wx-sdk-double';

export const repoRoot = path.resolve(__dirname, '../../..');
export const functionsDir = path.join(repoRoot, 'cloudfunctions');

/** The function folders under cloudfunctions/ (each has its main.ts entry and, once built, index.js). */
export function functionNames(): string[] {
  return fs
    .readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(functionsDir, entry.name, 'main.ts')))
    .map((entry) => entry.name)
    .sort();
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
// Module._load is Node's internal CommonJS loader, the one place every require() passes through; it is untyped.
const cjs = Module as unknown as { _load: Load };

export type CloudMain = (event: unknown, context?: unknown) => Promise<Reply>;

/**
 * Loads cloudfunctions/<name>/index.js as WeChat's Node runtime would, except that
 * `require('wx-server-sdk')` answers the test double: the real SDK is never loaded.
 */
export function loadBundle(name: string, double: WxSdkDouble): CloudMain {
  const file = path.join(functionsDir, name, 'index.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:functions\` first`);
  const original = cjs._load;
  cjs._load = function load(this: unknown, request, parent, isMain) {
    return request === 'wx-server-sdk' ? double.sdk : original.call(this, request, parent, isMain);
  };
  try {
    const require = createRequire(file);
    delete require.cache[file];
    const exported = require(file) as { main?: unknown };
    if (typeof exported.main !== 'function') throw new Error(`${name}/index.js exports no main`);
    return exported.main as CloudMain;
  } finally {
    cjs._load = original;
  }
}

/** True if anything in this process ever loaded the real wx-server-sdk. */
export function realSdkLoaded(): boolean {
  return Object.keys(createRequire(__filename).cache).some((key) => /[\\/]node_modules[\\/]wx-server-sdk[\\/]/.test(key));
}
