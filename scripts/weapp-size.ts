import fs from 'node:fs';
import path from 'node:path';

const MAIN_BUDGET_KB = 600;
// WeChat's hard limit for any one package.
const PACKAGE_LIMIT_KB = 2048;
const dist = path.resolve(__dirname, '../dist/weapp');

function sizeOf(dir: string, skip: (file: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    total += entry.isDirectory() ? sizeOf(full, skip) : fs.statSync(full).size;
  }
  return total;
}

function main(): number {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    console.error('dist/weapp/app.json not found: run `npm run build:weapp` first.');
    return 1;
  }
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((p) => path.join(dist, p.root.replace(/\/$/, '')));
  const mainKb = sizeOf(dist, (file) => roots.includes(file) || file.endsWith('.map')) / 1024;
  let failed = mainKb > MAIN_BUDGET_KB;
  console.log(`main package   ${mainKb.toFixed(1).padStart(8)} KB  (budget ${MAIN_BUDGET_KB} KB)${failed ? '  OVER BUDGET' : ''}`);
  for (const root of roots) {
    const kb = sizeOf(root, (file) => file.endsWith('.map')) / 1024;
    const over = kb > PACKAGE_LIMIT_KB;
    failed ||= over;
    console.log(
      `${path.relative(dist, root).padEnd(14)} ${kb.toFixed(1).padStart(8)} KB  (limit ${PACKAGE_LIMIT_KB} KB)${over ? '  OVER LIMIT' : ''}`,
    );
  }
  return failed ? 1 : 0;
}

process.exit(main());
