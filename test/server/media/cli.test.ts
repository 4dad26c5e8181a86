import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from './support';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => run(tsx, [path.join(repoRoot, 'bin/jinguo.ts'), ...args], { cwd: repoRoot });

describe('jinguo check-media', () => {
  it('prints one JSON line per file as API.md says and exits 0 for refused files', async () => {
    const files = ['androidx_media__portrait_4k60.mp4', 'androidx_media__pixel7_videoOnly_cleaned.mp4', 'lovell_sharp__truncated.jpg'];
    const { stdout } = await cli('check-media', ...files.map((f) => path.join(fixturesDir, f)));
    const [portrait, landscape, truncated] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(portrait).toMatchObject({
      kind: 'video',
      ok: false,
      code: 'MEDIA_REJECTED',
      container: 'mp4',
      codec: 'h264',
      width: 3840,
      height: 2160,
      rotation: 90,
      displayWidth: 2160,
      displayHeight: 3840,
      durationSec: 0.313,
    });
    expect(portrait.reasons).toEqual([{ code: 'VIDEO_PORTRAIT', message: '视频为竖屏（显示为 2160×3840），请横屏拍摄' }]);
    expect(portrait.bytesRead).toBeGreaterThan(0);
    expect(landscape).toMatchObject({ ok: true, rotation: 180, displayWidth: 1920, displayHeight: 1080 });
    expect(landscape).not.toHaveProperty('reasons');
    expect(truncated).toMatchObject({ kind: 'photo', ok: false, container: 'jpeg', width: null, reasons: [{ code: 'MEDIA_TRUNCATED' }] });
    expect(Object.keys(landscape)).toEqual([
      'file',
      'kind',
      'ok',
      'container',
      'codec',
      'width',
      'height',
      'rotation',
      'displayWidth',
      'displayHeight',
      'durationSec',
      'bytesRead',
    ]);
  });

  it('exits non-zero only for usage errors', async () => {
    await expect(cli()).rejects.toMatchObject({ code: 2 });
    await expect(cli('check-media')).rejects.toMatchObject({ code: 2 });
    await expect(cli('check-media', path.join(fixturesDir, 'no-such-file.mp4'))).rejects.toMatchObject({ code: 2 });
  });

  it('ships bundled: bin/jinguo.cjs (what `npx jinguo` runs) answers as the sources do, from a fresh esbuild bundle', async () => {
    const file = path.join(fixturesDir, 'androidx_media__pixel7_videoOnly_cleaned.mp4');
    const bundled = await run(process.execPath, [path.join(repoRoot, 'bin/jinguo.cjs'), 'check-media', file], { cwd: repoRoot });
    const sources = await cli('check-media', file);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stderr).toBe('');
    const build = require(path.join(repoRoot, 'scripts/build-cli.cjs')) as { isFresh(): boolean; BUNDLE: string };
    expect(build.isFresh()).toBe(true);
    expect(fs.readFileSync(build.BUNDLE, 'utf8')).not.toMatch(/require\("tsx/);
  });
});
