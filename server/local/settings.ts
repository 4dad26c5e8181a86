import path from 'node:path';
import { rateLimitsFromEnv } from '../core/access/rate-limit';
import type { RateLimits } from '../core/ports';
import { DEFAULT_STORAGE_FLOOR_BYTES } from '../core/storage/quota';

export interface LocalSettings {
  port: number;
  host: string;
  dataDir: string;
  /** `DEADLINE`: overrides the seeded campaign's deadline. */
  deadline?: string;
  /** `NOW`: the local clock starts here and runs on. */
  now?: Date;
  /** `JINGUO_DATA_KEY`: seals 身份证号 and 联系电话; absent, `DATA_DIR/data-key` is made and used. */
  dataKey?: string;
  /** The built H5 app to serve at `/`. */
  staticDir: string;
  /** `RATE_WRITE_BURST`, `RATE_WRITE_EVERY_SEC`, `RATE_UPLOAD_BURST`, `RATE_UPLOAD_EVERY_SEC`. */
  rateLimits: RateLimits;
  /** `STORAGE_FLOOR_MB`: uploads stop while less is free on DATA_DIR's disk (default 256). */
  storageFloorBytes: number;
}

function instant(name: string, value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`${name} must be an ISO date-time, got "${value}"`);
  return date;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv, root: string): LocalSettings {
  const port = Number(env.PORT ?? 10086);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: '127.0.0.1',
    dataDir: path.resolve(root, env.DATA_DIR ?? '.data'),
    deadline: instant('DEADLINE', env.DEADLINE)?.toISOString(),
    now: instant('NOW', env.NOW),
    dataKey: env.JINGUO_DATA_KEY || undefined,
    staticDir: path.resolve(root, env.STATIC_DIR ?? 'dist/h5'),
    rateLimits: rateLimitsFromEnv(env),
    storageFloorBytes: floorFromEnv(env.STORAGE_FLOOR_MB),
  };
}

function floorFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_STORAGE_FLOOR_BYTES;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`STORAGE_FLOOR_MB must be a number of megabytes, got "${value}"`);
  return Math.round(mb * 1024 * 1024);
}
