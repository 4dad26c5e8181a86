// `npm run bench:cli`: the CPU (user + system, from /usr/bin/time) of `npx jinguo check-media` on one file beside one
// `ffprobe` process on the same file and a bare `node -e 0`, all in this run. Goal: the CLI ≤ 2× ffprobe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mediaFixture } from '../test/fixtures/media-dir';

const ROOT = path.resolve(__dirname, '..');
const RUNS = 5;
const GOAL_RATIO = 2;
const FIXTURE = mediaFixture('androidx_media__pixel7_videoOnly_cleaned.mp4');

/** CPU seconds of one run of the command (its whole process tree), as GNU time counts them. */
function cpuOf(command: string, args: string[]): number {
  const out = path.join(os.tmpdir(), `jinguo-cli-bench-${process.pid}.txt`);
  execFileSync('/usr/bin/time', ['-o', out, '-f', '%U %S', command, ...args], { cwd: ROOT, stdio: 'ignore' });
  const [user, system] = fs.readFileSync(out, 'utf8').trim().split(' ').map(Number);
  fs.rmSync(out, { force: true });
  return (user + system) * 1000;
}

function median(command: string, args: string[]): number {
  cpuOf(command, args); // warm the page cache and, for the CLI, its bundle
  const runs = Array.from({ length: RUNS }, () => cpuOf(command, args)).sort((a, b) => a - b);
  return runs[Math.floor(RUNS / 2)];
}

function main(): void {
  const file = process.argv[2] ?? FIXTURE;
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
  console.log(
    `cli bench — CPU ms (user + system), median of ${RUNS}, on ${path.relative(ROOT, file)} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`,
  );
  const ffprobe = median('ffprobe', ['-v', 'error', '-show_format', '-show_streams', file]);
  const npx = median('npx', ['jinguo', 'check-media', file]);
  const direct = median(process.execPath, [path.join(ROOT, 'bin/jinguo.cjs'), 'check-media', file]);
  const bare = median(process.execPath, ['-e', '0']);
  const npm = median('npx', ['--version']);
  const row = (label: string, ms: number) =>
    console.log(`  ${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / ffprobe).toFixed(1)}× ffprobe)`);
  row('ffprobe -show_format -show_streams', ffprobe);
  row('npx jinguo check-media', npx);
  row('node bin/jinguo.cjs check-media', direct);
  row('node -e 0 (the floor of any node CLI)', bare);
  row('npx --version (npm starting, no command)', npm);
  // In the package's own checkout npm links the root package's bin through its arborist before running it (libnpmexec):
  // that share of the first row is npm's, the same for any bin, and not the CLI's.
  console.log(`  npm's own share of npx jinguo: ${(npx - direct).toFixed(0)} ms; the CLI's: ${direct.toFixed(0)} ms`);
  const met = direct <= GOAL_RATIO * ffprobe;
  console.log(
    `goal: the CLI (bin/jinguo.cjs check-media) ≤ ${GOAL_RATIO}× ffprobe: ${met ? 'met' : 'MISSED'}; through npx: ${npx <= GOAL_RATIO * ffprobe ? 'met' : 'MISSED'}`,
  );
  if (!met) process.exitCode = 1;
}

main();
