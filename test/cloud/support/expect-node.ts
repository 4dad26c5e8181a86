// Set up by vitest.cloud.config.mts: when scripts/cloud-runtime-test.ts names the Node it runs the tests on,
// every test file fails unless its worker really is that Node (a pool that fell back to another would pass unseen).
const expected = process.env.CLOUD_RUNTIME_NODE;
if (expected && process.version !== expected) {
  throw new Error(`test/cloud ran on Node ${process.version}, not the cloud runtime's ${expected}`);
}
