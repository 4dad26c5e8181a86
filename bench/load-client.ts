import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { FunctionName, Reply } from '../domain/api/envelope';
import type { HttpClient } from '../test/server/support/http-client';

export interface Sample {
  action: string;
  ms: number;
  /** The error code, or null for an ok reply; `NETWORK` when no reply came. */
  code: string | null;
}

/** The HTTP client with every request timed from send to parsed reply, by action. */
export function timedClient(client: HttpClient) {
  const samples: Sample[] = [];
  async function timed<T>(action: string, send: () => Promise<Reply<T>>): Promise<Reply<T>> {
    const start = performance.now();
    try {
      const reply = await send();
      samples.push({ action, ms: performance.now() - start, code: reply.ok ? null : reply.error.code });
      return reply;
    } catch (error) {
      samples.push({ action, ms: performance.now() - start, code: 'NETWORK' });
      throw error;
    }
  }
  return {
    samples,
    async login(as: string): Promise<string> {
      const start = performance.now();
      const token = await client.login(as);
      samples.push({ action: 'dev.login', ms: performance.now() - start, code: null });
      return token;
    },
    call<T>(token: string, fn: FunctionName, event: Record<string, unknown> & { action: string }, label = `${fn}.${event.action}`) {
      return timed(label, () => client.call<T>(token, fn, event));
    },
    upload(token: string, kind: 'photo' | 'video', bytes: Uint8Array<ArrayBuffer>) {
      return timed(`upload.${kind}`, () => client.upload(token, kind, `${kind}.${kind === 'photo' ? 'jpg' : 'mp4'}`, bytes));
    },
  };
}

export type TimedClient = ReturnType<typeof timedClient>;

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name, in clock ticks (100 a second).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
