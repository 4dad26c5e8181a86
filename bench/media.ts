// `npm run bench:media`: our byte-range media check against one ffprobe run, on big files.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { groupDigits } from '../domain/media/format';
import { isUnreadable } from '../domain/media/measured';
import { DEFAULT_MEDIA_RULES } from '../domain/media/rules';
import { fileRangeReader } from '../server/adapters/local/folder-files';
import { checkMedia } from '../server/media/check-media';
import { benchSamples, CACHE_DIR, type Sample } from './media-samples';

const run = promisify(execFile);
const CHECK_RUNS = 20;
const FFPROBE_RUNS = 5;
const GOAL_BYTES = { video: 1024 * 1024, photo: 128 * 1024 };
const GOAL_SPEEDUP = 10;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function measure(sample: Sample): Promise<boolean> {
  const check = () => checkMedia(fileRangeReader(sample.file), DEFAULT_MEDIA_RULES, sample.kind);
  const cold = await timed(check);
  const warm: number[] = [];
  for (let i = 0; i < CHECK_RUNS; i++) warm.push((await timed(check)).ms);
  const probe: number[] = [];
  for (let i = 0; i < FFPROBE_RUNS; i++) {
    probe.push((await timed(() => run('ffprobe', ['-v', 'error', '-show_format', '-show_streams', sample.file]))).ms);
  }
  const { media, verdict, bytesRead } = cold.value;
  const ratio = median(probe) / median(warm);
  const bytesOk = bytesRead <= GOAL_BYTES[sample.kind];
  const speedOk = ratio >= GOAL_SPEEDUP;
  const shape = isUnreadable(media)
    ? media.unreadable
    : `${media.container} ${media.codec ?? ''} ${media.displayWidth}×${media.displayHeight}${media.durationSec ? ` ${media.durationSec} s` : ''}`;
  console.log(
    `\n${sample.label}: ${mb(fs.statSync(sample.file).size)}, ${shape.replace(/\s+/g, ' ')}, verdict ${verdict.ok ? 'ok' : verdict.reasons.map((r) => r.code).join(',')}`,
  );
  console.log(
    `  our check   ${ms(median(warm))} median of ${CHECK_RUNS} (first run ${ms(cold.ms)}), read ${groupDigits(bytesRead)} bytes  [goal ≤ ${groupDigits(GOAL_BYTES[sample.kind])}: ${bytesOk ? 'met' : 'MISSED'}]`,
  );
  console.log(`  ffprobe     ${ms(median(probe))} median of ${FFPROBE_RUNS} (-show_format -show_streams)`);
  console.log(
    `  ratio       ffprobe / our check = ${ratio.toFixed(0)}× (first run alone: ${(median(probe) / cold.ms).toFixed(0)}×)  [goal ≥ ${GOAL_SPEEDUP}×: ${speedOk ? 'met' : 'MISSED'}]`,
  );
  return bytesOk && speedOk && verdict.ok;
}

async function main(): Promise<void> {
  const made = await timed(benchSamples);
  console.log(`media bench — samples in ${CACHE_DIR} (ready in ${ms(made.ms)}; cached between runs)`);
  let allMet = true;
  for (const sample of made.value) allMet = (await measure(sample)) && allMet;
  console.log(`\n${allMet ? 'all goals met' : 'some goals MISSED'}`);
  if (!allMet) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
