// `npm run bench:exports [-- --count 300] [--video-mb 60]`: seeds nominations with real media into a temp local runtime,
// runs the xlsx and the zip export one step per call (to time each step), then with the default budget (as the app calls it).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ExportBudget, ExportJobRecord } from '../server/core/repositories';
import { DEFAULT_EXPORT_BUDGET } from '../server/exports/export-job';
import { type ExportReply, isDone, startExport } from '../test/server/exports/run';
import { fixture, seedNominations } from '../test/server/exports/seed';
import { dataOf, type Harness, openHarness } from '../test/server/support/harness';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('--count', 300);
const VIDEO_MB = arg('--video-mb', 0);
// Real files from the shared fixtures: two phone-size JPEGs and a 1 s 720p H.264 MP4 (about 1 MB together).
const PHOTOS = ['androidx_media__tokyo.jpg', 'androidx_media__london.jpg'];
const VIDEO = 'androidx_media__sample_12_5fps_720p_1s.mp4';

const mb = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const ms = (value: number) => (value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Resident memory and ArrayBuffer memory (file bytes, zips) at their peak while `work` runs, sampled every 5 ms. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  const sample = () => process.memoryUsage();
  const before = sample();
  let peak = { rss: before.rss, buffers: before.arrayBuffers };
  const timer = setInterval(() => {
    const now = sample();
    peak = { rss: Math.max(peak.rss, now.rss), buffers: Math.max(peak.buffers, now.arrayBuffers) };
  }, 5);
  try {
    const value = await work();
    return { value, memory: { before: { rss: before.rss, buffers: before.arrayBuffers }, peak } };
  } finally {
    clearInterval(timer);
  }
}

type Memory = Awaited<ReturnType<typeof withPeakMemory>>['memory'];

async function jobOf(h: Harness, id: string): Promise<ExportJobRecord> {
  const job = await h.runtime.portsFor(null).db.read.exportJobs.get(id);
  if (!job) throw new Error(`no job ${id}`);
  return job;
}

/** Runs an export to the end; returns each call's time and the phases it went through. */
async function run(h: Harness, format: 'xlsx' | 'zip', budget: Partial<ExportBudget>) {
  const calls: { phase: string; ms: number }[] = [];
  const started = performance.now();
  let reply = await startExport(h, { format }, budget);
  calls.push({ phase: `start→${(await jobOf(h, reply.jobId)).phase}`, ms: performance.now() - started });
  while (!isDone(reply)) {
    const { jobId } = reply;
    const from = (await jobOf(h, jobId)).phase;
    const start = performance.now();
    reply = dataOf(await h.call<ExportReply>('admin-1', 'review', { action: 'export', jobId }));
    const to = (await jobOf(h, jobId)).phase;
    calls.push({ phase: from === to ? from : `${from}→${to}`, ms: performance.now() - start });
  }
  return { result: reply, calls, totalMs: performance.now() - started, job: await jobOf(h, reply.jobId) };
}

function report(label: string, outcome: Awaited<ReturnType<typeof run>>, memory: Memory) {
  const { result, calls, totalMs, job } = outcome;
  const { before, peak } = memory;
  console.log(`\n${label}: ${calls.length} call(s), ${job.steps} step(s), total ${ms(totalMs)}`);
  console.log(`  memory: RSS ${mb(before.rss)} → peak ${mb(peak.rss)}; ArrayBuffers ${mb(before.buffers)} → peak ${mb(peak.buffers)}`);
  const phases = [...new Set(calls.map((c) => c.phase))];
  for (const phase of phases) {
    const times = calls.filter((c) => c.phase === phase).map((c) => c.ms);
    console.log(
      `  ${phase.padEnd(16)} ${String(times.length).padStart(3)} call(s)  median ${ms(median(times)).padStart(8)}  max ${ms(Math.max(...times)).padStart(8)}`,
    );
  }
  const total = result.files.reduce((sum, f) => sum + f.size, 0);
  console.log(
    `  result: ${result.files.length} file(s), ${mb(total)}${result.files.length > 1 ? `; largest ${mb(Math.max(...result.files.map((f) => f.size)))}` : ''}`,
  );
  for (const f of result.files.slice(0, 3)) console.log(`    ${f.name}  ${mb(f.size)}`);
  if (result.files.length > 3) console.log(`    … ${result.files.length - 3} more`);
}

async function main() {
  const h = await openHarness({ now: '2023-10-21T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
  try {
    const video = VIDEO_MB > 0 ? new Uint8Array(randomBytes(VIDEO_MB * 1024 * 1024)) : VIDEO;
    const perNomination =
      PHOTOS.reduce((sum, p) => sum + fixture(p).byteLength, 0) +
      (typeof video === 'string' ? fixture(video).byteLength : video.byteLength);
    console.log(`exports bench — ${COUNT} nominations, 2 photos + 1 video each (${mb(perNomination)} of media), Node ${process.version}`);
    console.log(
      `budget: part ${mb(DEFAULT_EXPORT_BUDGET.partBytes)} of media, call ${ms(DEFAULT_EXPORT_BUDGET.callMs)}, part step ${ms(DEFAULT_EXPORT_BUDGET.stepMs)}`,
    );
    const seedStart = performance.now();
    await seedNominations(h.runtime, {
      count: COUNT,
      statuses: ['submitted', 'accepted', 'scored', 'recommended'],
      media: { photos: PHOTOS, video },
      prefix: 'bench',
    });
    console.log(`seeded in ${ms(performance.now() - seedStart)}`);
    for (const format of ['xlsx', 'zip'] as const) {
      const stepwise = await withPeakMemory(() => run(h, format, { callMs: 0 }));
      report(`${format}, one step a call`, stepwise.value, stepwise.memory);
      const asApp = await withPeakMemory(() => run(h, format, {}));
      report(`${format}, default budget (as the app calls it)`, asApp.value, asApp.memory);
    }
  } finally {
    h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
