import { defineConfig } from 'vitest/config';

// The cloud bundle tests alone, as `npm run test:cloud-runtime` runs them on the cloud runtime's own Node binary.
export default defineConfig({
  test: {
    include: ['test/cloud/**/*.test.ts'],
    setupFiles: ['test/cloud/support/expect-node.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
