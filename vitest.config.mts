import { defineConfig } from 'vitest/config';

// Unit and integration tests; the browser suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/domain/**/*.test.ts', 'test/server/**/*.test.ts', 'test/app/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
