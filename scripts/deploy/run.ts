import { spawnSync } from 'node:child_process';
import { repoRoot } from './deploy-config';

/** Runs a command in the repository with the terminal attached; stops the script if it fails. */
export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const shown = args.map((a) => (a.length > 80 ? `${a.slice(0, 40)}…` : a)).join(' ');
  console.log(`\n$ ${command} ${shown}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`${command} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** The value after `--name` on the command line, or undefined. */
export function option(name: string, argv = process.argv.slice(2)): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

export const flag = (name: string, argv = process.argv.slice(2)) => argv.includes(`--${name}`);

/** Prints the error of a failed step without a stack, and exits non-zero. */
export function fatal(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
