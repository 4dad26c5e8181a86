import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');

// A check of the weapp build (moved from test/cloud, whose tests run on the cloud runtime's Node and need no weapp build).
describe('the mini-program', () => {
  it('keeps its main package within budget (scripts/weapp-size.ts)', () => {
    expect(fs.existsSync(path.join(repoRoot, 'dist/weapp/app.json')), 'run `npm run build:weapp` first').toBe(true);
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/weapp-size.ts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/main package/);
    expect(out).not.toMatch(/OVER/);
  });
});
