import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFunctions, cloudbaseConfig, RUNTIME } from '../../scripts/deploy/cloudbase-config';
import { loadDeployConfig, repoRoot } from '../../scripts/deploy/deploy-config';

const ENV = {
  JINGUO_APPID: 'wx0123456789abcdef',
  JINGUO_ENV_ID: 'jinguo-test-1a2b',
  SETUP_TOKEN: 'x'.repeat(24),
  JINGUO_DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
};
const noFile = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-deploy-'));

describe('npm run deploy: the configuration it hands to tcb', () => {
  const config = loadDeployConfig(ENV, noFile);
  const rc = cloudbaseConfig(config, builtFunctions());
  const fn = (name: string) => rc.functions.find((f) => f.name === name);

  it('reads the appid and environment from environment variables when there is no deploy.local.json', () => {
    expect(config).toMatchObject({ appid: ENV.JINGUO_APPID, envId: ENV.JINGUO_ENV_ID, campaignId: '2023', subscribeTemplates: {} });
    expect(rc).toMatchObject({ envId: ENV.JINGUO_ENV_ID, functionRoot: 'cloudfunctions' });
  });

  it("deploys every function with its own config.json's timeout and triggers, installing wx-server-sdk in the cloud", () => {
    expect(rc.functions.map((f) => f.name)).toEqual(builtFunctions());
    for (const f of rc.functions) {
      const own = JSON.parse(fs.readFileSync(path.join(repoRoot, 'cloudfunctions', f.name, 'config.json'), 'utf8'));
      expect(f).toMatchObject({ handler: 'index.main', runtime: RUNTIME, timeout: own.timeout, installDependency: true });
      expect(f.ignore).toContain('main.ts');
    }
    expect(fn('scheduler')?.triggers).toEqual([{ name: 'every5min', type: 'timer', config: '0 */5 * * * * *' }]);
  });

  it('tells every function which version subscribe messages open: formal unless the deployment says trial or developer', () => {
    expect(rc.functions.map((f) => f.envVariables.MINIPROGRAM_STATE)).toEqual(rc.functions.map(() => 'formal'));
    const trial = cloudbaseConfig(loadDeployConfig({ ...ENV, MINIPROGRAM_STATE: 'trial' }, noFile), builtFunctions());
    expect(new Set(trial.functions.map((f) => f.envVariables.MINIPROGRAM_STATE))).toEqual(new Set(['trial']));
    expect(() => loadDeployConfig({ ...ENV, MINIPROGRAM_STATE: 'release' }, noFile)).toThrow(/miniprogramState/);
  });

  it('gives SETUP_TOKEN to the admin function only', () => {
    expect(fn('admin')?.envVariables.SETUP_TOKEN).toBe(ENV.SETUP_TOKEN);
    expect(rc.functions.filter((f) => 'SETUP_TOKEN' in f.envVariables).map((f) => f.name)).toEqual(['admin']);
  });

  it('gives JINGUO_DATA_KEY to every function, and refuses a deployment without a valid one', () => {
    expect(rc.functions.map((f) => f.envVariables.JINGUO_DATA_KEY)).toEqual(rc.functions.map(() => ENV.JINGUO_DATA_KEY));
    const { JINGUO_DATA_KEY: _key, ...withoutKey } = ENV;
    expect(() => loadDeployConfig(withoutKey, noFile)).toThrow(/dataKey is required/);
    expect(() => loadDeployConfig({ ...ENV, JINGUO_DATA_KEY: 'short' }, noFile)).toThrow(/dataKey is not a valid data key/);
  });

  it('refuses a wrong appid, a short SETUP_TOKEN and the example file left unfilled', () => {
    expect(() => loadDeployConfig({ ...ENV, JINGUO_APPID: 'touristappid' }, noFile)).toThrow(/appid/);
    expect(() => loadDeployConfig({ ...ENV, SETUP_TOKEN: 'short' }, noFile)).toThrow(/setupToken/);
    const example = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-example-'));
    fs.copyFileSync(path.join(repoRoot, 'deploy.example.json'), path.join(example, 'deploy.local.json'));
    expect(() => loadDeployConfig({}, example)).toThrow(/subscribeTemplates\.submitted|setupToken/);
  });
});
