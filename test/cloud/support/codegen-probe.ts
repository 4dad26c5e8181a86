// Run by test/cloud/bundles.test.ts as `node --disallow-code-generation-from-strings --import tsx <this file>`:
// the first hour through every bundle, where eval and new Function throw. Prints one JSON line.
import { openCloud } from './cloud';
import { DATA_KEY, firstHour, SETUP_TOKEN } from './journey';

async function main() {
  process.env.SETUP_TOKEN = SETUP_TOKEN;
  process.env.JINGUO_DATA_KEY = DATA_KEY;
  const cloud = openCloud();
  globalThis.fetch = () => Promise.reject(new Error('fetch is not used by the cloud functions'));
  const replies = await firstHour(cloud);
  const steps = Object.fromEntries(Object.entries(replies).map(([step, reply]) => [step, reply.ok ? 'ok' : reply.error.code]));
  console.log(JSON.stringify({ steps }));
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ crashed: String(error) }));
  process.exit(1);
});
