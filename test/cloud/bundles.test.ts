import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '../../domain/api/envelope';
import { CLOUD_COLLECTIONS } from '../../server/adapters/wx/cloud-schema';
import { functionNames, functionsDir, repoRoot } from './support/load-bundle';

const rootPackage = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const read = (name: string, file: string) => fs.readFileSync(path.join(functionsDir, name, file), 'utf8');
const json = <T>(name: string, file: string) => JSON.parse(read(name, file)) as T;

interface FunctionConfig {
  permissions: { openapi: string[] };
  timeout: number;
  triggers?: { name: string; type: string; config: string }[];
}

const OPENAPI: Record<string, string[]> = {
  media: ['security.mediaCheckAsync'],
  // Text content safety: the form on submit, staff's return reasons.
  nomination: ['security.msgSecCheck'],
  review: ['security.msgSecCheck'],
  scheduler: ['subscribeMessage.send'],
};
// The `tcb`/console range is 1–60 s; a cold start alone can take a few, so nothing runs on the 3 s default.
const MIN_TIMEOUT_S = 10;

describe('cloudfunctions/ holds only deployable functions', () => {
  it('has one folder per function name, and nothing else', () => {
    expect(functionNames()).toEqual([...FUNCTION_NAMES].sort());
    const stray = fs.readdirSync(functionsDir).filter((entry) => !(FUNCTION_NAMES as readonly string[]).includes(entry));
    expect(stray).toEqual([]);
  });

  it.each(functionNames())('%s: package.json pins wx-server-sdk as its only runtime dependency', (name) => {
    const pkg = json<{ name: string; main: string; dependencies: Record<string, string> }>(name, 'package.json');
    expect(pkg).toMatchObject({ name, main: 'index.js' });
    expect(pkg.dependencies).toEqual({ 'wx-server-sdk': rootPackage.devDependencies['wx-server-sdk'] });
    expect(pkg.dependencies['wx-server-sdk']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(functionNames())('%s: config.json has the permissions and a timeout that fit the work', (name) => {
    const config = json<FunctionConfig>(name, 'config.json');
    expect(config.permissions.openapi).toEqual(OPENAPI[name] ?? []);
    expect(config.timeout).toBeGreaterThanOrEqual(MIN_TIMEOUT_S);
    expect(config.timeout).toBeLessThanOrEqual(60);
  });

  it('gives the scheduler its one timer trigger, a 7-field cron', () => {
    const { triggers } = json<FunctionConfig>('scheduler', 'config.json');
    expect(triggers).toHaveLength(1);
    expect(triggers?.[0]).toMatchObject({ type: 'timer', name: expect.stringMatching(/^[A-Za-z][\w-]{0,59}$/) });
    expect(triggers?.[0].config.split(' ')).toHaveLength(7);
  });

  it.each(functionNames())('%s: the bundle has no dev sign-in and no code built from strings', (name) => {
    const code = read(name, 'index.js');
    expect(code).not.toContain('/api/dev/');
    expect(code).not.toMatch(/\bnew Function\b/);
    expect(code).not.toMatch(/(?<![\w$.])Function\(\s*["'`]/);
    expect(code).not.toMatch(/(?<![\w$.])eval\(/);
  });

  it('runs the first hour through every bundle with code generation from strings switched off', () => {
    const out = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', 'test/cloud/support/codegen-probe.ts'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const { steps } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { steps: Record<string, string> };
    expect(Object.values(steps).filter((s) => s !== 'ok')).toEqual(['NOT_FOUND', 'FORBIDDEN']);
    expect(steps).toMatchObject({ setup: 'ok', redeem: 'ok', saveDraft: 'ok', printable: 'ok', timer: 'ok' });
  });

  it('creates every collection the cloud repositories use', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'server/adapters/wx/cloud-repositories.ts'), 'utf8');
    const used = new Set(
      [...source.matchAll(/(?:collection<\w+>|collection|docs\.(?:get|set|remove)(?:<\w+>)?|all<\w+>)\((?:db, )?'([a-z_]+)'/g)].map(
        (m) => m[1],
      ),
    );
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !(name in CLOUD_COLLECTIONS))).toEqual([]);
  });
});

describe('the mini-program project', () => {
  it('opens in DevTools from the repository root; the real appid comes from project.private.config.json', () => {
    const project = JSON.parse(fs.readFileSync(path.join(repoRoot, 'project.config.json'), 'utf8'));
    expect(project).toMatchObject({ miniprogramRoot: 'dist/weapp/', cloudfunctionRoot: 'cloudfunctions/', compileType: 'miniprogram' });
    // A placeholder: `npm run mp:devtools` writes the deployment's appid into the git-ignored private config.
    expect(project.appid).not.toMatch(/^wx[0-9a-f]{16}$/);
    expect(fs.readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')).toMatch(/^project\.private\.config\.json$/m);
    expect(fs.readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')).toMatch(/^deploy\.local\.json$/m);
  });
});
