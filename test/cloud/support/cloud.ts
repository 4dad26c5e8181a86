import type { Reply } from '../../../domain/api/envelope';
import { type CloudMain, loadBundle } from './load-bundle';
import { createWxSdkDouble } from './wx-sdk-double';

/**
 * A cloud environment under test: the bundled functions over one wx-sdk double, called as WeChat
 * calls them — the event from the client, the OPENID from the platform.
 */
export function openCloud() {
  const double = createWxSdkDouble();
  const mains = new Map<string, CloudMain>();
  const mainOf = (name: string) => {
    const loaded = mains.get(name) ?? loadBundle(name, double);
    mains.set(name, loaded);
    return loaded;
  };
  return {
    double,
    mainOf,
    /** Calls function `name` as the WeChat user `openid` ('' = a timer or the console). */
    async call<T = unknown>(name: string, event: Record<string, unknown>, openid = ''): Promise<Reply<T>> {
      double.setOpenid(openid);
      return (await mainOf(name)(event, {})) as Reply<T>;
    },
  };
}

export type Cloud = ReturnType<typeof openCloud>;

/** The data of an ok reply; throws with the error otherwise. */
export function dataOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}
