import fs from 'node:fs';
import path from 'node:path';
import { CLOUD_RUNTIME } from '../cloud-runtime';
import { type DeployConfig, functionEnv, repoRoot } from './deploy-config';

const functionsDir = path.join(repoRoot, 'cloudfunctions');
// The same version the bundles are built for (scripts/cloud-runtime.ts).
export const RUNTIME = CLOUD_RUNTIME;

interface FunctionConfigJson {
  timeout?: number;
  triggers?: { name: string; type: string; config: string }[];
}

/** The deployable functions: folders with a built index.js beside their package.json. */
export function builtFunctions(): string[] {
  return fs
    .readdirSync(functionsDir)
    .filter((name) => fs.existsSync(path.join(functionsDir, name, 'main.ts')))
    .sort();
}

/** cloudbaserc.json for `tcb fn deploy`: each function's timeout and triggers from its own config.json. */
export function cloudbaseConfig(config: DeployConfig, names: string[]) {
  return {
    version: '2.0',
    envId: config.envId,
    functionRoot: 'cloudfunctions',
    functions: names.map((name) => {
      const own = JSON.parse(fs.readFileSync(path.join(functionsDir, name, 'config.json'), 'utf8')) as FunctionConfigJson;
      return {
        name,
        handler: 'index.main',
        runtime: RUNTIME,
        timeout: own.timeout ?? 10,
        installDependency: true,
        // main.ts is the source entry; index.js (its bundle) is what runs.
        ignore: ['main.ts', 'node_modules', 'node_modules/**'],
        envVariables: functionEnv(config, name),
        triggers: own.triggers ?? [],
      };
    }),
  };
}
