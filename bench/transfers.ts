// The request floors and the big transfers, printed by `npm run bench:load` (and alone by `npm run bench:transfers`):
// bare `node:http` and bare SQLite-transaction servers beside the runtime's `/healthz` and `campaign.current` under
// keep-alive, then the runtime's RSS during three parallel 300 MB uploads and three parallel downloads of them.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { seedUnits } from '../scripts/seed/nominations';
import { openLocalRuntime } from '../server/local/runtime';
import { httpClient } from '../test/server/support/http-client';
import { startRuntimeProcess } from '../test/server/support/runtime-process';
import { formatLoad, keepAliveLoad } from './keepalive-load';
import { cpuSecondsOf } from './load-client';

const MB = 1024 * 1024;
const UPLOAD_BYTES = 300 * MB;
const PARALLEL = 3;
const RSS_GOAL_MB = 250;
const IN_FLIGHT = 50;
const SECONDS = 5;

const rssMbOf = (pid: number | undefined): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

/** The child's peak RSS while `work` runs, sampled every 50 ms. */
async function peakRss<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ peak: number; value: T }> {
  let peak = rssMbOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMbOf(pid));
  }, 50);
  try {
    const value = await work();
    return { peak: Math.max(peak, rssMbOf(pid)), value };
  } finally {
    clearInterval(timer);
  }
}

function startFloor(mode: 'plain' | 'sqlite'): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'floor-server.ts'), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /(http:\/\/\S+)/.exec(chunk.toString());
      if (match) resolve({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`floor server exited ${code}`)));
  });
}

/** A body of `bytes` zeros, made as it is sent (the client holds 1 MB, not 300). */
function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(MB);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

function put(url: string, token: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(`${url}/api/files?kind=video&name=big.mp4`);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-length': bytes },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    zeros(bytes).pipe(req);
  });
}

function download(url: string, token: string, fileId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(`${url}/api/files/${encodeURIComponent(fileId)}`);
    http
      .get({ host: target.hostname, port: target.port, path: target.pathname, headers: { authorization: `Bearer ${token}` } }, (res) => {
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
        });
        res.on('end', () => resolve(size));
      })
      .on('error', reject);
  });
}

async function floors(): Promise<void> {
  console.log(`floors and cheap requests — ${IN_FLIGHT} keep-alive connections, ${SECONDS} s each`);
  for (const mode of ['plain', 'sqlite'] as const) {
    const floor = await startFloor(mode);
    try {
      console.log(
        formatLoad(
          mode === 'plain' ? 'bare node:http' : 'bare SQLite transaction',
          await keepAliveLoad(floor.url, { inFlight: IN_FLIGHT, seconds: SECONDS }),
        ),
      );
    } finally {
      floor.child.kill('SIGTERM');
    }
  }
}

export async function benchTransfers(): Promise<boolean> {
  await floors();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-transfers-'));
  const prepared = await openLocalRuntime({ dataDir });
  const units = await seedUnits(prepared, { count: PARALLEL, prefix: 'big' });
  prepared.close();
  const server = await startRuntimeProcess(dataDir);
  try {
    const client = httpClient(server.url);
    const tokens = await Promise.all(units.map((u) => client.login(u.contactId)));
    const pid = server.child.pid;
    const withCpu = async (label: string, url: string, extra: Partial<Parameters<typeof keepAliveLoad>[1]> = {}) => {
      const before = cpuSecondsOf(pid) ?? Number.NaN;
      const figures = await keepAliveLoad(url, { inFlight: IN_FLIGHT, seconds: SECONDS, ...extra });
      const perRequest = (((cpuSecondsOf(pid) ?? Number.NaN) - before) * 1000) / figures.requests;
      console.log(`${formatLoad(label, figures)}   runtime CPU ${perRequest.toFixed(2)} ms a request`);
    };
    await withCpu('runtime /healthz', `${server.url}/healthz`);
    const headers = { authorization: `Bearer ${tokens[0]}`, 'content-type': 'application/json' };
    await withCpu('runtime campaign.current', `${server.url}/api/fn/campaign`, {
      method: 'POST',
      body: JSON.stringify({ action: 'current' }),
      headers,
    });

    const idle = rssMbOf(pid);
    const up = await peakRss(pid, () => Promise.all(tokens.map((t) => put(server.url, t, UPLOAD_BYTES))));
    const ids = up.value.map((r) => (JSON.parse(r.body) as { fileId?: string }).fileId);
    const stored = ids.filter((id): id is string => typeof id === 'string');
    console.log(`\nbig transfers — runtime RSS ${idle.toFixed(0)} MB idle`);
    console.log(
      `  ${PARALLEL} parallel ${UPLOAD_BYTES / MB} MB uploads: peak RSS ${up.peak.toFixed(0)} MB  [goal < ${RSS_GOAL_MB} MB: ${up.peak < RSS_GOAL_MB ? 'met' : 'MISSED'}]; statuses ${up.value.map((r) => r.status).join(', ')}`,
    );
    let downPeak = Number.NaN;
    if (stored.length === PARALLEL) {
      const down = await peakRss(pid, () => Promise.all(stored.map((id, i) => download(server.url, tokens[i], id))));
      downPeak = down.peak;
      console.log(
        `  ${PARALLEL} parallel downloads of them: peak RSS ${down.peak.toFixed(0)} MB; ${down.value.map((n) => (n / MB).toFixed(0)).join(', ')} MB received`,
      );
    }
    if (stored.length > 0) {
      const range = await fetch(`${server.url}/api/files/${encodeURIComponent(stored[0])}`, {
        headers: { authorization: `Bearer ${tokens[0]}`, range: 'bytes=104857600-105906175' },
      });
      const got = (await range.arrayBuffer()).byteLength;
      console.log(
        `  Range bytes=100 MiB…+1 MiB of one: HTTP ${range.status}, ${got} bytes, content-range ${range.headers.get('content-range')}`,
      );
    }
    return up.peak < RSS_GOAL_MB && downPeak < RSS_GOAL_MB;
  } finally {
    await server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchTransfers()
    .then((met) => {
      if (!met) process.exitCode = 1;
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
