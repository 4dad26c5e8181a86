// `npm run bench:personal-data [-- --count 300]`: what sealing costs. The cipher alone (seal, open, ID hash per value),
// then review.list and review.get over `count` nominations in a temp local runtime, whose every read opens two envelopes.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPersonalDataCipher } from '../server/core/personal-data/cipher';
import { seedNominations } from '../test/server/exports/seed';
import { dataOf, openHarness } from '../test/server/support/harness';

const i = process.argv.indexOf('--count');
const COUNT = i > 0 ? Number(process.argv[i + 1]) : 300;
const ROUNDS = 20_000;

function perCall(label: string, work: (n: number) => void) {
  const start = performance.now();
  for (let n = 0; n < ROUNDS; n++) work(n);
  console.log(`${label.padEnd(28)} ${(((performance.now() - start) / ROUNDS) * 1000).toFixed(1).padStart(7)} µs per value`);
}

async function main() {
  const cipher = createPersonalDataCipher(randomBytes(32));
  const envelope = cipher.seal('11010519491231002X', 'nominations/x/idNumber');
  perCall('seal (AES-256-GCM)', (n) => cipher.seal(`1101051949123100${n % 100}`, 'nominations/x/idNumber'));
  perCall('open', () => cipher.open(envelope, 'nominations/x/idNumber'));
  perCall('ID hash (HMAC-SHA256)', (n) => cipher.idHash(`1101051949123100${n % 100}`));

  const h = await openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
  try {
    const seeded = await seedNominations(h.runtime, { count: COUNT, statuses: ['submitted'], media: { photos: [], video: null } });
    const time = async (label: string, work: () => Promise<unknown>) => {
      const start = performance.now();
      for (let n = 0; n < 10; n++) await work();
      console.log(`${label.padEnd(28)} ${((performance.now() - start) / 10).toFixed(1).padStart(7)} ms per call`);
    };
    await time(`review.list (${COUNT} nominations)`, async () => dataOf(await h.call('staff-1', 'review', { action: 'list' })));
    await time('review.get (duplicate check)', async () =>
      dataOf(await h.call('staff-1', 'review', { action: 'get', nominationId: seeded[0].id })),
    );
  } finally {
    h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
