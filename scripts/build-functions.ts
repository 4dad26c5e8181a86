import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CJK_FONT_FILE } from '../server/printable/cjk-font';
import { functionBuildOptions, functionsDir } from './function-build-options';

/** Bundles each cloudfunctions/<name>/main.ts into a self-contained index.js (WeChat uploads only that folder). */
async function main() {
  const names = fs.readdirSync(functionsDir).filter((name) => fs.existsSync(path.join(functionsDir, name, 'main.ts')));
  for (const name of names) {
    const options = functionBuildOptions(name);
    const result = await build(options);
    // The 登记表 PDF needs its CJK font beside the bundle (WeChat uploads only the function's folder).
    if (Object.keys(result.metafile.inputs).some((input) => input.endsWith('server/printable/cjk-font.ts'))) {
      const fontDir = path.join(functionsDir, name, 'fonts');
      fs.mkdirSync(fontDir, { recursive: true });
      fs.copyFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/400Regular/${CJK_FONT_FILE}`), path.join(fontDir, CJK_FONT_FILE));
    }
    const bytes = fs.statSync(options.outfile).size;
    const inputs = Object.keys(result.metafile.inputs).length;
    console.log(`${name.padEnd(12)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  (${inputs} modules)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
