import path from 'node:path';
import { drainOutbox } from '../core/outbox';
import { BootRefusal } from './boot-check';
import { createHttpServer } from './http-server';
import { startSchedulerTimer } from './scheduler-timer';
import { openLocalRuntime } from './runtime';
import { settingsFromEnv } from './settings';

const OUTBOX_INTERVAL_MS = 2000;
const SHUTDOWN_GRACE_MS = 2000;

async function main() {
  const settings = settingsFromEnv(process.env, path.resolve(__dirname, '../..'));
  const runtime = await openLocalRuntime(settings);
  const server = createHttpServer(runtime, settings.staticDir);
  // The cloud timer's timetable: deadline reminders (in their Beijing hours), the outbox, the storage step.
  const scheduler = startSchedulerTimer(() => runtime.portsFor(null), runtime.clock);
  // Between ticks the outbox is also drained often, so a local message goes out within seconds.
  const drain = setInterval(() => {
    drainOutbox(runtime.portsFor(null)).catch((error: unknown) => console.error('[outbox]', error));
  }, OUTBOX_INTERVAL_MS);
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : settings.port;
    console.log(`巾帼推荐 local runtime: http://${settings.host}:${port}/  (data: ${settings.dataDir})`);
    console.log(
      `campaign ${runtime.campaign.id}, deadline ${runtime.campaign.deadline}${settings.now ? `, clock starts at ${settings.now.toISOString()}` : ''}`,
    );
  });
  const stop = () => {
    clearInterval(drain);
    scheduler.stop();
    server.close(() => {
      runtime.close();
      process.exit(0);
    });
    // A browser's keep-alive connections would hold close() open: idle ones go now, busy ones get a moment.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A refusal is a message for the person starting the server, not a crash: no stack.
  if (error instanceof BootRefusal) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
