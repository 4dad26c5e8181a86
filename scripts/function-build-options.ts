import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { nodeNativeShims } from './bundle-shims';
import { CLOUD_ESBUILD_TARGET } from './cloud-runtime';

export const repoRoot = path.resolve(__dirname, '..');
export const functionsDir = path.join(repoRoot, 'cloudfunctions');

/** How cloudfunctions/<name>/main.ts becomes its self-contained index.js (WeChat uploads only that folder). */
export function functionBuildOptions(name: string) {
  return {
    entryPoints: [path.join(functionsDir, name, 'main.ts')],
    outfile: path.join(functionsDir, name, 'index.js'),
    bundle: true,
    platform: 'node',
    target: CLOUD_ESBUILD_TARGET,
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // wx-server-sdk is installed by WeChat from the function's own package.json.
    external: ['wx-server-sdk'],
    plugins: [nodeNativeShims],
    metafile: true,
    logLevel: 'warning',
  } satisfies BuildOptions;
}
