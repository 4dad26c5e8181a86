import path from 'node:path';
import { inject } from 'vitest';
import type { Harness } from '../../server/support/harness';
import { type CloudUser, cloudFor } from './cloud';
import { bootMiniProgram, type Engine, type MiniProgram } from './miniprogram';
import { createStrictWx, type StrictWx } from './strict-wx';

export const dist = path.resolve(__dirname, '../../../dist/weapp');

export interface Session extends MiniProgram {
  wx: StrictWx;
  /** Files the phone "has": temp path → file on disk (what `chooseMedia` hands out). */
  tempFiles: Map<string, string>;
}

/** One launch of the built mini-program by one person, against the harness's real handlers. */
export function launch(h: Harness, user: CloudUser, engine: Engine = 'current'): Session {
  const tempFiles = new Map<string, string>();
  const wx = createStrictWx({ schema: inject('wxSchema'), builtins: cloudFor(h, user, tempFiles), tempFiles });
  return Object.assign(bootMiniProgram(dist, wx, engine), { wx, tempFiles });
}
