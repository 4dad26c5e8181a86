import { defineConfig } from 'vitest/config';

// The app in real headless Chromium against the real local runtime (needs `npm run build:h5`).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
