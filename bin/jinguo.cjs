#!/usr/bin/env node
// Starts the CLI from its esbuild bundle (.cache/cli, made by `npm run build:cli` or here when missing or stale), so a
// run costs a plain Node start; without esbuild (a checkout without dev tools) it falls back to tsx on the sources.
const cli = require('../scripts/build-cli.cjs');

function bundle() {
  if (cli.isFresh()) return cli.BUNDLE;
  try {
    return cli.buildCli();
  } catch (error) {
    process.stderr.write(
      `jinguo: cannot bundle the CLI (${error instanceof Error ? error.message : String(error)}); running it through tsx\n`,
    );
    return null;
  }
}

const built = bundle();
if (built) require(built);
else {
  require('tsx/cjs/api').register();
  require('./jinguo.ts');
}
