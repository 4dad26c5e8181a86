import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { type LocalServer, startLocalServer } from './local-server';

/** One Chromium and one local runtime for a test file, replaying the notice's dates from `now`. */
export function setUpScene(now: string, after?: (scene: { browser: Browser; server: LocalServer }) => Promise<void>) {
  const scene = {} as { browser: Browser; server: LocalServer };
  beforeAll(async () => {
    scene.browser = await launchChromium();
    scene.server = await startLocalServer({ NOW: now, DEADLINE: '2023-10-20T23:59:59+08:00' });
    await after?.(scene);
  });
  afterAll(async () => {
    await scene.browser?.close();
    await scene.server?.stop();
  });
  return scene;
}
