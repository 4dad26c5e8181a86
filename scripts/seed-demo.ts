// `npm run seed:demo -- [--units 300] [--nominations 300] [--mixed]`: fills DATA_DIR (default .data/) with recommending
// units `demo-0001` …, a contact each (`contact-demo-0001` …, to sign in as), and that many nominations with real
// photos and a video: all submitted, or with --mixed every status in turn (scored ones with expert scores). For trying
// the reviewer side and the exports on a campaign's worth of records; `npm run serve` then serves them.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLocalRuntime } from '../server/local/runtime';
import { settingsFromEnv } from '../server/local/settings';
import { demoMedia } from './seed/demo-media';
import { ALL_STATUSES, seedNominations, seedUnits } from './seed/nominations';

const PREFIX = 'demo';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${process.argv[i + 1]}"`);
  return value;
};

async function main() {
  const nominations = arg('--nominations', 300);
  const units = Math.max(arg('--units', nominations), nominations);
  const settings = settingsFromEnv(process.env, path.resolve(__dirname, '..'));
  const runtime = await openLocalRuntime(settings);
  try {
    if (await runtime.portsFor(null).db.read.units.get(`${PREFIX}-0001`)) {
      console.log(`${settings.dataDir} already has the demo units; remove the folder to seed again`);
      return;
    }
    const started = performance.now();
    const media = await demoMedia();
    const read = (file: string) => new Uint8Array(fs.readFileSync(file));
    await seedNominations(runtime, {
      count: nominations,
      statuses: process.argv.includes('--mixed') ? ALL_STATUSES : ['submitted'],
      media: { photos: media.photos.map(read), video: read(media.video) },
      prefix: PREFIX,
      contacts: true,
    });
    await seedUnits(runtime, { count: units - nominations, prefix: PREFIX, from: nominations });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`seeded ${units} units with a contact each and ${nominations} nominations (media from ${media.source}) in ${seconds} s`);
    console.log(`data: ${settings.dataDir}; sign in as contact-${PREFIX}-0001 …, staff-1, expert-1, admin-1`);
  } finally {
    runtime.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
