#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx jinguo` uses exactly the server's own check code.
require('tsx/cjs/api').register();
require('./jinguo.ts');
