// Bundles bin/jinguo.ts into one CommonJS file with esbuild, so `jinguo` starts in plain Node instead of through
// tsx (tsx compiles every module at each start). `npm run build:cli` runs it; bin/jinguo.cjs runs it itself when the
// bundle is missing or older than one of its sources. Plain JavaScript: it runs before any TypeScript loader.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.cache/cli');
const BUNDLE = path.join(OUT_DIR, 'jinguo.cjs');
/** The sources the bundle was made from (esbuild's metafile), so a start can tell whether it is stale. */
const INPUTS = path.join(OUT_DIR, 'inputs.json');

/** True when the bundle exists and no source it was made from changed since. */
function isFresh() {
  let built;
  let inputs;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  return inputs.every((file) => {
    const stat = fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs <= built;
  });
}

function buildCli() {
  const esbuild = require('esbuild');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Written beside and renamed: two first runs at once never load a half-written bundle.
  const temp = `${BUNDLE}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['bin/jinguo.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: temp,
    metafile: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  fs.writeFileSync(`${INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
  fs.renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
  fs.renameSync(temp, BUNDLE);
  return BUNDLE;
}

module.exports = { BUNDLE, buildCli, isFresh };

if (require.main === module) {
  const out = buildCli();
  console.log(`${path.relative(ROOT, out)}: ${(fs.statSync(out).size / 1024).toFixed(0)} KB`);
}
