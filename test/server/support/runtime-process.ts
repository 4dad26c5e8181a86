import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const READY = /local runtime: (http:\/\/127\.0\.0\.1:\d+)\//;

export interface RuntimeProcess {
  url: string;
  child: ChildProcess;
  /** Resolves once the process has exited, with its signal (SIGKILL after `kill()`). */
  exited: Promise<NodeJS.Signals | number | null>;
  kill(signal?: NodeJS.Signals): Promise<NodeJS.Signals | number | null>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * `server/local/main.ts` under tsx as a child process on `dataDir`, port 0, and no H5 build (the API
 * alone) unless `env` names a STATIC_DIR: the real runtime, HTTP layer and all. Resolves once it
 * prints its URL.
 */
export function startRuntimeProcess(
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  options: { umask?: string } = {},
): Promise<RuntimeProcess> {
  // `node --import tsx`, not the tsx binary: that one runs the script in a grandchild a SIGKILL would miss.
  const args = [...nodeArgs, '--import', 'tsx', 'server/local/main.ts'];
  // With a umask, through a shell that `exec`s node: still one process, so a kill reaches it.
  const [command, argv] = options.umask
    ? ['/bin/sh', ['-c', `umask ${options.umask} && exec "$0" "$@"`, process.execPath, ...args]]
    : [process.execPath, args];
  const child = spawn(command, argv, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'no-h5-build'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const kill = (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the runtime did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`));
      kill();
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({ url: match[1], child, exited, kill });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`the runtime exited (${how}) before it was ready:\n${output}`));
    });
  });
}
