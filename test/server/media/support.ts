import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MEDIA_FIXTURES_DIR } from '../../fixtures/media-dir';
import { fileRangeReader } from '../../../server/adapters/local/folder-files';
import type { MediaReader } from '../../../server/media/byte-source';
import { type Inspection, inspectMedia } from '../../../server/media/inspect-media';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const fixturesDir = MEDIA_FIXTURES_DIR;

export type ManifestRow = Record<string, string>;

/** MANIFEST.tsv as one record per file, keyed by its header; empty cells are "". */
export function readManifest(): ManifestRow[] {
  const [header, ...lines] = fs.readFileSync(path.join(fixturesDir, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
  const keys = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? '']));
  });
}

export function inspectFile(file: string, kindHint?: 'photo' | 'video'): Promise<Inspection> {
  return inspectMedia(fileRangeReader(file), kindHint);
}

/** A reader over bytes in memory; `parts` place byte runs in an otherwise all-zero virtual file. */
export function virtualReader(size: number, parts: { offset: number; bytes: Uint8Array }[]): MediaReader {
  return {
    size,
    async read(offset, length) {
      const out = new Uint8Array(Math.max(0, Math.min(size, offset + length) - offset));
      for (const part of parts) {
        const from = Math.max(offset, part.offset);
        const to = Math.min(offset + out.length, part.offset + part.bytes.length);
        if (from < to) out.set(part.bytes.subarray(from - part.offset, to - part.offset), from - offset);
      }
      return out;
    },
  };
}

export const memoryReader = (bytes: Uint8Array): MediaReader => virtualReader(bytes.length, [{ offset: 0, bytes }]);

const run = promisify(execFile);

/** Runs ffmpeg quietly (it is installed in CI; tests generate their own edge cases with it). */
export async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-v', 'error', '-y', ...args]);
}

export async function ffprobeRotationCw(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream_side_data=rotation',
    '-of',
    'csv=p=0',
    file,
  ]);
  // ffprobe's rotation is counter-clockwise.
  return (360 - (Number(stdout.trim()) || 0)) % 360;
}
