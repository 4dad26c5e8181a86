import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What the weapp bundle must (not) contain; how it runs is test/weapp (npm run test:weapp).
const dist = path.resolve(__dirname, '../../dist/weapp');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('weapp bundle contents', () => {
  it('contains no development sign-in', () => {
    for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(file, 'utf8');
      expect(code, file).not.toContain('/api/dev/');
      expect(code, file).not.toContain('本地演示环境');
      // The H5 build's stand-in for WeChat's subscribe dialog.
      expect(code, file).not.toContain('本地模拟');
    }
  });

  it('has zod in jitless mode before any schema is built', () => {
    const app = fs.readFileSync(path.join(dist, 'app.js'), 'utf8');
    expect(app).toMatch(/jitless:\s*!0|jitless:\s*true/);
  });
});
