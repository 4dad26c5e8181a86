import fs from 'node:fs';
import { isFunctionName } from '../../../domain/api/envelope';
import type { Ports } from '../../../server/core/ports';
import { FUNCTIONS } from '../../../server/functions';
import type { Harness } from '../../server/support/harness';
import { answer, type Behaviour } from './strict-wx';

export const CLOUD_ENV = 'test-env-1a2b3c';
const CLOUD_PREFIX = `cloud://${CLOUD_ENV}/`;

/** Who the cloud functions see: a seeded user (signed in), or a WeChat user known only by OPENID. */
export type CloudUser = { userId: string } | { openid: string };

/**
 * `wx.cloud` behind the real handlers, on the harness's SQLite store and file folder: what WeChat cloud
 * development does with the deployed functions. `tempFiles` maps the phone's temp paths to real files.
 */
export function cloudFor(h: Harness, user: CloudUser, tempFiles: Map<string, string>): Record<string, Behaviour> {
  const token = 'userId' in user ? h.runtime.sessions.create(user.userId, h.runtime.clock.now()) : null;
  const ports = (): Ports => {
    const base = h.runtime.portsFor(token);
    const local = (fileId: string) => (fileId.startsWith(CLOUD_PREFIX) ? fileId.slice(CLOUD_PREFIX.length) : fileId);
    const files = {
      ...base.files,
      open: (id: string) => base.files.open(local(id)),
      readAll: (id: string) => base.files.readAll(local(id)),
      remove: (id: string) => base.files.remove(local(id)),
      url: (id: string) => base.files.url(local(id)),
    };
    if ('userId' in user) return { ...base, files };
    return { ...base, files, identity: { principal: async () => ({ externalId: user.openid, userId: null, source: 'wx_client' }) } };
  };
  return {
    'cloud.init': () => answer.ok(),
    'cloud.callFunction': async ({ name, data }) => {
      const fn = String(name);
      if (!isFunctionName(fn)) return answer.fail('cloud.callFunction', `FunctionName parameter could not be found (${fn})`, -501000);
      return answer.ok({ result: await FUNCTIONS[fn].handle((data ?? {}) as Record<string, unknown>, ports()) });
    },
    'cloud.uploadFile': async ({ cloudPath, filePath }) => {
      const source = tempFiles.get(String(filePath));
      if (!source) return answer.fail('cloud.uploadFile', `file not found: ${String(filePath)}`);
      await h.runtime.portsFor(null).files.put(String(cloudPath), new Uint8Array(fs.readFileSync(source)));
      return answer.ok({ fileID: `${CLOUD_PREFIX}${String(cloudPath)}`, statusCode: 200 });
    },
  };
}
