import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileRangeReader } from '../../../server/adapters/local/folder-files';
import { type Inspection, inspectMedia } from '../../../server/media/inspect-media';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
// CI runs in a fresh clone with shared/ beside the repository.
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/media');

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
