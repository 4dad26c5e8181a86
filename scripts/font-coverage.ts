// Regenerates domain/text/font-coverage.ts when the 登记表 font changes: `npx tsx scripts/font-coverage.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { CJK_FONT_FILE, loadCjkFont } from '../server/printable/cjk-font';
import { coverageModuleText } from '../server/printable/font-coverage';

const target = path.resolve(__dirname, '../domain/text/font-coverage.ts');
fs.writeFileSync(target, coverageModuleText(loadCjkFont(), CJK_FONT_FILE));
console.log(`wrote ${target}`);
