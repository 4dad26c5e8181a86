import { defineConfig } from 'vitest/config';

// dist/weapp rendered by WeChat's own pieces (wcc, exparser via miniprogram-simulate); needs `npm run build:weapp`.
export default defineConfig({
  test: {
    include: ['test/weapp/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/weapp/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
