#!/usr/bin/env node
// `jinguo check-media FILE…`: the server's media check on local files, one JSON line per file.
import fs from 'node:fs';
import { DEFAULT_MEDIA_RULES } from '../domain/media/rules';
import { fileRangeReader } from '../server/adapters/local/folder-files';
import { checkMedia } from '../server/media/check-media';
import { toCheckLine } from '../server/media/check-line';

const USAGE = 'usage: jinguo check-media FILE…\n  prints one JSON line per file; exits 0 whether the files pass or not';

function usageError(message: string): never {
  process.stderr.write(`jinguo: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...files] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== 'check-media') usageError(command ? `unknown command "${command}"` : 'no command');
  if (files.length === 0) usageError('check-media needs at least one file');
  const missing = files.filter((file) => !fs.statSync(file, { throwIfNoEntry: false })?.isFile());
  if (missing.length > 0) usageError(`not a readable file: ${missing.join(', ')}`);
  for (const file of files) {
    const check = await checkMedia(fileRangeReader(file), DEFAULT_MEDIA_RULES);
    process.stdout.write(`${JSON.stringify(toCheckLine(file, check))}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`jinguo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
