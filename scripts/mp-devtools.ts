// `npm run mp:devtools`: gets the repository ready to open in WeChat DevTools for the environment of
// deploy.local.json — project.private.config.json with the appid, the functions bundled, the app built.
import fs from 'node:fs';
import path from 'node:path';
import { loadDeployConfig, repoRoot } from './deploy/deploy-config';
import { fatal, flag, run } from './deploy/run';

try {
  const config = loadDeployConfig();
  const file = path.join(repoRoot, 'project.private.config.json');
  const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  // DevTools reads the appid from here before project.config.json's placeholder, and keeps its own settings.
  fs.writeFileSync(file, `${JSON.stringify({ ...existing, appid: config.appid, projectname: 'jinguo-nomination' }, null, 2)}\n`);
  console.log(`project.private.config.json: appid ${config.appid}`);
  if (!flag('config-only')) {
    run('npm', ['run', 'build:functions']);
    run('npm', ['run', 'build:weapp'], { TARO_APP_CLOUD_ENV: config.envId });
  }
  console.log(`\nOpen ${repoRoot} in WeChat DevTools; choose cloud environment ${config.envId} on cloudfunctions/ (右键 → 当前环境).`);
} catch (error) {
  fatal(error);
}
