import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CJK_FONT_FILE } from '../server/printable/cjk-font';
import { nodeNativeShims } from './bundle-shims';

const root = path.resolve(__dirname, '..');
const functionsDir = path.join(root, 'cloudfunctions');

/** Bundles each cloudfunctions/<name>/main.ts into a self-contained index.js (WeChat uploads only that folder). */
async function main() {
  const names = fs.readdirSync(functionsDir).filter((name) => fs.existsSync(path.join(functionsDir, name, 'main.ts')));
  for (const name of names) {
    const outfile = path.join(functionsDir, name, 'index.js');
    const result = await build({
      entryPoints: [path.join(functionsDir, name, 'main.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      // The cloud functions' Node.js 16 runtime.
      target: 'node16',
      format: 'cjs',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      // wx-server-sdk is installed by WeChat from the function's own package.json.
      external: ['wx-server-sdk'],
      plugins: [nodeNativeShims],
      metafile: true,
      logLevel: 'warning',
    });
    // The 登记表 PDF needs its CJK font beside the bundle (WeChat uploads only the function's folder).
    if (Object.keys(result.metafile.inputs).some((input) => input.endsWith('server/printable/cjk-font.ts'))) {
      const fontDir = path.join(functionsDir, name, 'fonts');
      fs.mkdirSync(fontDir, { recursive: true });
      fs.copyFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/400Regular/${CJK_FONT_FILE}`), path.join(fontDir, CJK_FONT_FILE));
    }
    const bytes = fs.statSync(outfile).size;
    const inputs = Object.keys(result.metafile.inputs).length;
    console.log(`${name.padEnd(12)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  (${inputs} modules)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
