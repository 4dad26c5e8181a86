import { fail } from '../../core/app-error';
import type { CloudFunction } from '../../core/define-function';
import { eventTooLarge } from '../../core/event-size';
import type { Db, Ports } from '../../core/ports';
import type { Repositories } from '../../core/repositories';
import { rateLimitsFromEnv } from '../../core/access/rate-limit';
import { docAccess } from './cloud-docs';
import { cloudRateBuckets } from './cloud-rate-buckets';
import { cloudRepositories } from './cloud-repositories';
import type { PersonalDataCipher } from '../../core/personal-data/cipher';
import { envDataCipher, noDataKeyReply } from './cloud-data-key';
import { cloudFiles, subscribeNotify, wxContentCheck } from './cloud-services';
import { miniprogramStateFromEnv } from './miniprogram-state';
import { parseSubscribeTemplates } from './subscribe-templates';
import type { WxCloud } from './wx-sdk-surface';

function cloudDb(cloud: WxCloud, cipher: PersonalDataCipher): Db {
  const database = cloud.database();
  return {
    read: cloudRepositories(database, docAccess(database), cipher),
    transaction<T>(work: (tx: Repositories) => Promise<T>) {
      return database.runTransaction((tx) => work(cloudRepositories(database, docAccess(tx), cipher)));
    },
  };
}

/** A cloud function's `main`: the same handlers as the local runtime, with the cloud's adapters. */
export function wxMain(fn: CloudFunction, cloud: WxCloud, translate: (event: unknown) => unknown = (event) => event) {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  const cipherOf = envDataCipher(fn.name);
  // Checked at the cold start, so a missing key is in the log before anyone calls.
  cipherOf();
  // What no call changes is made once; like the data key, a changed variable takes effect on the
  // next cold start (and malformed rate limits or MINIPROGRAM_STATE fail it).
  const shared = {
    files: cloudFiles(cloud),
    notify: subscribeNotify(
      cloud,
      parseSubscribeTemplates(process.env.SUBSCRIBE_TEMPLATES),
      miniprogramStateFromEnv(process.env.MINIPROGRAM_STATE),
    ),
    clock: { now: () => new Date() },
    rateBuckets: cloudRateBuckets(cloud.database()),
    settings: { campaignId: process.env.CAMPAIGN_ID ?? '2023', rateLimits: rateLimitsFromEnv(process.env) },
  };
  let dbOf: { cipher: PersonalDataCipher; db: Db } | null = null;
  return async (event: unknown) => {
    // WeChat caps events itself, but not at our limit: refuse what the local runtime would refuse.
    if (eventTooLarge(event)) return fail('PAYLOAD_TOO_LARGE');
    const cipher = cipherOf();
    if (!cipher) return noDataKeyReply();
    if (dbOf?.cipher !== cipher) dbOf = { cipher, db: cloudDb(cloud, cipher) };
    const db = dbOf.db;
    // Identity comes only from the platform, never from the event body (not even the `userInfo`
    // WeChat itself adds to it). A timer or the console runs with an empty OPENID: no one.
    const context = cloud.getWXContext();
    const openid = context.OPENID || null;
    const ports: Ports = {
      ...shared,
      db,
      contentCheck: wxContentCheck(cloud, () => openid),
      identity: { principal: async () => ({ externalId: openid, userId: null, source: context.SOURCE }) },
    };
    return fn.handle(translate(event), ports);
  };
}
