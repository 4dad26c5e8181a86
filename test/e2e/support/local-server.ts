import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RuntimeProcess, startRuntimeProcess } from '../../server/support/runtime-process';

export interface LocalServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the real local runtime, serving the H5 build, on a free port with its own data folder. */
export async function startLocalServer(env: Record<string, string> = {}): Promise<LocalServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-e2e-'));
  const runtime: RuntimeProcess = await startRuntimeProcess(dataDir, { STATIC_DIR: process.env.STATIC_DIR ?? 'dist/h5', ...env });
  return {
    url: runtime.url,
    dataDir,
    async stop() {
      // The runtime drains its connections on SIGTERM; one that still hangs must not hang the test.
      const killer = setTimeout(() => runtime.kill('SIGKILL'), 10_000);
      await runtime.kill('SIGTERM');
      clearTimeout(killer);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
