import fs from 'node:fs';
import type { Plugin } from 'esbuild';

/**
 * Modules replaced by what Node.js already has, so no bundle carries code generated from strings
 * (`new Function`, `Function('return this')`); each replacement behaves the same on Node.
 */
const SHIMS: Record<string, string> = {
  // Node has setImmediate; the polyfill's string-callback branch compiles code.
  setimmediate: '',
  // Node has Function.prototype.bind; the fallback builds functions from source text.
  'function-bind': 'module.exports = Function.prototype.bind;',
  // Only exceljs's streaming xlsx *reader* uses it (with bluebird's code generation); the functions only write xlsx.
  unzipper:
    'const absent = () => { throw new Error("unzipper is not bundled: the cloud functions write xlsx, never read it"); };\nmodule.exports = { Parse: absent, ParseOne: absent, Open: { buffer: absent, file: absent }, Extract: absent };',
};

const LODASH_GLOBAL = /Function\((['"])return this\1\)\(\)/g;

export const nodeNativeShims: Plugin = {
  name: 'node-native-shims',
  setup(build) {
    const names = Object.keys(SHIMS).map((n) => n.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'node-native-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'node-native-shim' }, (args) => ({ contents: SHIMS[args.path] ?? '', loader: 'js' }));
    // lodash's standalone packages find the global object with Function('return this')(): Node has globalThis.
    build.onLoad({ filter: /[\\/]node_modules[\\/]lodash[^\\/]*[\\/][^\\/]+\.js$/ }, (args) => ({
      contents: fs.readFileSync(args.path, 'utf8').replace(LODASH_GLOBAL, 'globalThis'),
      loader: 'js',
    }));
  },
};
