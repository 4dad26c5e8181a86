// `npm run bench:load [-- --contacts 300] [--concurrency 50] [--submits 50]`: the real local runtime as a child process
// (HTTP included) on a temp DATA_DIR with N new units and their contacts; each contact does the app's whole flow with
// `--concurrency` flows in flight, then `--submits` concurrent submits from one unit. Prints latencies per action,
// throughput, errors by code and the invariants (one nomination per unit, no lost update, exactly one submit); then,
// in the same run, the bare `node:http` and SQLite-transaction floors, `/healthz` and `campaign.current` beside them,
// and the runtime's RSS during three parallel 300 MB uploads and downloads (bench/transfers.ts; `--no-transfers` skips).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { demoMedia } from '../scripts/seed/demo-media';
import { type SeededUnit, seedUnits } from '../scripts/seed/nominations';
import { openLocalRuntime } from '../server/local/runtime';
import { httpClient } from '../test/server/support/http-client';
import { type RuntimeProcess, startRuntimeProcess } from '../test/server/support/runtime-process';
import { cpuSecondsOf, type TimedClient, timedClient } from './load-client';
import { contactFlow, type FlowOutcome, type LoadMedia, pool } from './load-flow';
import { checkInvariants, concurrentSubmits, type Race } from './load-invariants';
import { p99Of, printLatencies } from './load-report';
import { benchTransfers } from './transfers';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONTACTS = arg('--contacts', 300);
const CONCURRENCY = arg('--concurrency', 50);
const SUBMITS = arg('--submits', 50);
const GOAL_MS = 60;

async function prepare(dataDir: string) {
  const runtime = await openLocalRuntime({ dataDir });
  try {
    return await seedUnits(runtime, { count: CONTACTS + 1, prefix: 'load' });
  } finally {
    runtime.close();
  }
}

async function loadMedia(): Promise<LoadMedia & { source: string }> {
  const files = await demoMedia();
  const read = (file: string) => new Uint8Array(fs.readFileSync(file));
  return { photos: files.photos.map(read), video: read(files.video), source: files.source };
}

function printHeader(media: Awaited<ReturnType<typeof loadMedia>>, dataDir: string) {
  const bytes = media.photos.reduce((sum, p) => sum + p.byteLength, media.video.byteLength);
  console.log(`load bench — ${CONTACTS} contacts, ${CONCURRENCY} in flight, ${SUBMITS} concurrent submits; Node ${process.version}`);
  console.log(`media per contact: 2 photos + 1 video, ${(bytes / 1024).toFixed(0)} KB (${media.source}); data ${dataDir}`);
  // The figures depend on what else the machine runs: the load average says how contended it was.
  const load = os.loadavg().map((l) => l.toFixed(1));
  console.log(`${os.cpus().length} CPU(s), load average ${load.join(' / ')} (1 / 5 / 15 min) at the start`);
}

/** Every contact's flow, `CONCURRENCY` at once; prints latencies, throughput and CPU. */
async function runFlows(client: TimedClient, server: RuntimeProcess, units: SeededUnit[], media: LoadMedia) {
  const cpuBefore = cpuSecondsOf(server.child.pid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const outcomes = await pool(CONTACTS, CONCURRENCY, (i) => contactFlow(client, i, units[i], media));
  const seconds = (performance.now() - started) / 1000;
  const cpu = (cpuSecondsOf(server.child.pid) ?? Number.NaN) - (cpuBefore ?? Number.NaN);
  const own = process.cpuUsage(clientBefore);
  const samples = [...client.samples];
  console.log(`load average ${os.loadavg()[0].toFixed(1)} at the end of the flows`);
  printLatencies(samples);
  const failed = outcomes.filter((o) => o.failed);
  console.log(`\nthroughput: ${(CONTACTS / seconds).toFixed(1)} flows/s, ${(samples.length / seconds).toFixed(0)} requests/s`);
  console.log(`  ${CONTACTS} flows in ${seconds.toFixed(1)} s, ${outcomes.length - failed.length} submitted, ${failed.length} failed`);
  for (const o of failed.slice(0, 5)) console.log(`  failed: ${o.unitId} at ${o.failed}`);
  // What the machine's load cannot distort: the runtime's own CPU per request, which bounds its throughput.
  const perRequest = (cpu * 1000) / samples.length;
  console.log(
    `  runtime CPU: ${cpu.toFixed(1)} s of ${seconds.toFixed(1)} s, ${perRequest.toFixed(2)} ms a request (one thread: at most ${(1000 / perRequest).toFixed(0)} requests/s); this bench's own CPU: ${((own.user + own.system) / 1e6).toFixed(1)} s`,
  );
  return { outcomes, samples };
}

async function printInvariants(dataDir: string, server: RuntimeProcess, outcomes: FlowOutcome[], race: Race, unitId: string) {
  const db = new Database(path.join(dataDir, 'jinguo.sqlite'), { readonly: true });
  const invariants = await checkInvariants(db, httpClient(server.url), outcomes, race);
  db.close();
  console.log('\ninvariants:');
  console.log(`  nominations per unit: ${invariants.perUnit}  [must be 1 for every unit: ${invariants.perUnitOk ? 'ok' : 'BROKEN'}]`);
  console.log(`  lost updates: ${invariants.lost}  [must be 0: ${invariants.lost === 0 ? 'ok' : 'BROKEN'}]`);
  const once = race.submitAudits === 1 && race.staffNotices === 1 && race.okVersions.size <= 1;
  console.log(`  ${SUBMITS} concurrent submits from ${unitId} at version ${race.version}: ${once ? 'ok' : 'BROKEN'}`);
  const versions = [...race.okVersions].join(', ');
  console.log(`    ${race.ok} ok (versions ${versions}), ${race.conflicts} VERSION_CONFLICT, other: ${JSON.stringify(race.other)}`);
  console.log(`    took effect ${race.submitAudits} time(s) (audit entries), ${race.staffNotices} notice(s) to staff-1`);
  return once && invariants.perUnitOk && invariants.lost === 0;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-load-'));
  const units = await prepare(dataDir);
  const media = await loadMedia();
  // `--profile DIR`: the runtime writes a CPU profile there (open it in Chrome DevTools).
  const profile = process.argv.indexOf('--profile');
  const nodeArgs = profile > 0 ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.argv[profile + 1])}`] : [];
  const server = await startRuntimeProcess(dataDir, {}, nodeArgs);
  try {
    printHeader(media, dataDir);
    const client = timedClient(httpClient(server.url));
    const { outcomes, samples } = await runFlows(client, server, units, media);
    const race = await concurrentSubmits(client, units[CONTACTS], media, SUBMITS);
    const kept = await printInvariants(dataDir, server, outcomes, race, units[CONTACTS].unitId);
    const p99 = { save: p99Of(samples, 'nomination.saveDraft'), submit: p99Of(samples, 'nomination.submit') };
    const met = p99.save < GOAL_MS && p99.submit < GOAL_MS;
    console.log(
      `\ngoal p99 < ${GOAL_MS} ms for saveDraft / submit: ${met ? 'met' : 'NOT MET'} (saveDraft ${p99.save.toFixed(1)} ms, submit ${p99.submit.toFixed(1)} ms)`,
    );
    if (!met || !kept) process.exitCode = 1;
  } finally {
    await server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (process.argv.includes('--no-transfers')) return;
  console.log('');
  if (!(await benchTransfers())) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
