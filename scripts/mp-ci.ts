// `npm run mp:upload` / `npm run mp:preview [-- --version 1.2.0 --desc "…"]`: builds the mini-program for the
// environment of deploy.local.json and hands it to miniprogram-ci with the code-upload private key.
import fs from 'node:fs';
import path from 'node:path';
import { loadDeployConfig, repoRoot } from './deploy/deploy-config';
import { fatal, option, run } from './deploy/run';

// Run through npx, pinned: its install tries to download browser binaries, so it is no devDependency.
const MINIPROGRAM_CI = 'miniprogram-ci@2.1.42';

try {
  const mode = process.argv[2];
  if (mode !== 'upload' && mode !== 'preview') fatal('usage: tsx scripts/mp-ci.ts upload|preview [--version x.y.z] [--desc text]');
  const config = loadDeployConfig();
  const key = config.privateKeyPath ? path.resolve(repoRoot, config.privateKeyPath) : '';
  if (!key || !fs.existsSync(key)) {
    fatal(
      'privateKeyPath (or JINGUO_PRIVATE_KEY_PATH) must name the code-upload key from 微信公众平台 → 开发管理 → 开发设置 → 小程序代码上传',
    );
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  run('npm', ['run', 'build:weapp'], { TARO_APP_CLOUD_ENV: config.envId });
  const args = ['-y', MINIPROGRAM_CI, mode, '--pp', repoRoot, '--pkp', key, '--appid', config.appid, '-r', '1'];
  args.push('--uv', option('version') ?? pkg.version, '--ud', option('desc') ?? `巾帼推荐 ${pkg.version}`);
  if (mode === 'preview') args.push('--qrcode-format', 'image', '--qrcode-output-dest', path.join(repoRoot, '.temp/preview-qrcode.jpg'));
  run('npx', args);
  if (mode === 'preview') console.log('Scan .temp/preview-qrcode.jpg with WeChat to open the preview.');
} catch (error) {
  fatal(error);
}
