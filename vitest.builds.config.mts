import { defineConfig } from 'vitest/config';

// Checks of the build outputs (needs `npm run build:weapp` and `npm run build:functions`).
export default defineConfig({
  test: {
    include: ['test/builds/**/*.test.ts', 'test/cloud/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
