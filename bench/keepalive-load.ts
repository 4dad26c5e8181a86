import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadFigures {
  requests: number;
  perSec: number;
  p50: number;
  p99: number;
  errors: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;

/**
 * `inFlight` keep-alive connections each sending one request after another for `seconds`: requests/s and
 * latency quantiles, the way autocannon measures (a reply with `connection: close` costs a new connection).
 */
export async function keepAliveLoad(
  url: string,
  options: { inFlight: number; seconds: number; method?: string; body?: string; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.inFlight });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + options.seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors += 1;
            latencies.push(performance.now() - start);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(options.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.inFlight }, async () => {
      while (performance.now() < until) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSec: latencies.length / seconds,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    errors,
  };
}

export const formatLoad = (label: string, f: LoadFigures) =>
  `  ${label.padEnd(34)} ${f.perSec.toFixed(0).padStart(6)} req/s   p50 ${f.p50.toFixed(1).padStart(7)} ms   p99 ${f.p99.toFixed(1).padStart(7)} ms${f.errors ? `   ${f.errors} errors` : ''}`;
