// `npm run deploy [-- --only auth,nomination] [--setup] [--dry-run]`: bundles the functions and deploys
// them with @cloudbase/cli (tcb) to the environment of deploy.local.json; README "Deploy" walks through it.
import fs from 'node:fs';
import path from 'node:path';
import { builtFunctions, cloudbaseConfig } from './deploy/cloudbase-config';
import { type DeployConfig, loadDeployConfig, repoRoot } from './deploy/deploy-config';
import { fatal, flag, option, run } from './deploy/run';

const TCB = path.join(repoRoot, 'node_modules/.bin/tcb');
const RC_FILE = path.join(repoRoot, '.temp/cloudbaserc.json');

function writeRc(config: DeployConfig, names: string[]) {
  fs.mkdirSync(path.dirname(RC_FILE), { recursive: true });
  // It holds SETUP_TOKEN and the data key: readable by this user only, in the ignored .temp/.
  fs.writeFileSync(RC_FILE, `${JSON.stringify(cloudbaseConfig(config, names), null, 2)}\n`, { mode: 0o600 });
}

/** Runs admin.setup once, as the console would: no OPENID, so the first admin gets an invite code to redeem. */
function setup(config: DeployConfig) {
  if (!config.setupToken) fatal('--setup needs setupToken in deploy.local.json (or SETUP_TOKEN)');
  const campaign = JSON.parse(fs.readFileSync(path.join(repoRoot, config.campaignFile), 'utf8')) as unknown;
  const { units } = JSON.parse(fs.readFileSync(path.join(repoRoot, config.unitsFile), 'utf8')) as { units: unknown[] };
  const params = JSON.stringify({ action: 'setup', token: config.setupToken, campaign, units });
  run(TCB, ['--config-file', RC_FILE, 'fn', 'invoke', 'admin', '-e', config.envId, '--params', params]);
  console.log('\nThe reply above holds admin.inviteCode: open the mini-program, tap 登录, enter it to become the first admin.');
}

function main() {
  const config = loadDeployConfig();
  const only = option('only')?.split(',').filter(Boolean);
  const names = only ?? builtFunctions();
  const unknown = names.filter((n) => !builtFunctions().includes(n));
  if (unknown.length) fatal(`no such function: ${unknown.join(', ')}`);
  if (!flag('skip-build')) run('npm', ['run', 'build:functions']);
  writeRc(config, names);
  if (flag('dry-run')) {
    console.log(`${path.relative(repoRoot, RC_FILE)} written for ${config.envId}; nothing deployed (--dry-run).`);
    return;
  }
  const { TENCENTCLOUD_SECRETID: id, TENCENTCLOUD_SECRETKEY: key } = process.env;
  // With an API key in the environment (CI), log in without a browser; otherwise tcb asks once.
  if (id && key) run(TCB, ['login', '--apiKeyId', id, '--apiKey', key]);
  const target = only?.length === 1 ? ['fn', 'deploy', only[0]] : ['fn', 'deploy', '--all'];
  run(TCB, ['--config-file', RC_FILE, ...target, '-e', config.envId, '--force', '--yes']);
  if (flag('setup')) setup(config);
}

try {
  main();
} catch (error) {
  fatal(error);
}
