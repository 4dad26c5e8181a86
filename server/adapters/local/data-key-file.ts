import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_KEY_BYTES, parseDataKey } from '../../core/personal-data/data-key';

export const DATA_KEY_FILE = 'data-key';

/**
 * The local runtime's data key: `JINGUO_DATA_KEY` when set; else `DATA_DIR/data-key`, generated
 * (32 random bytes, base64, mode 0600) on the first start and reused after.
 */
export function localDataKey(dataDir: string, fromEnv: string | undefined): { key: Buffer; source: string } {
  if (fromEnv?.trim()) return { key: parseDataKey(fromEnv), source: 'JINGUO_DATA_KEY' };
  const file = path.join(dataDir, DATA_KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key another start wrote a moment ago; losing the key loses the data it sealed.
    fs.writeFileSync(file, `${randomBytes(DATA_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  return { key: parseDataKey(fs.readFileSync(file, 'utf8'), file), source: file };
}
