import type { Campaign } from '../../domain/campaign/campaign';
import type { Db } from '../core/ports';
import type { Repositories } from '../core/repositories';

/** Frozen all the way down: a cached campaign is shared by every request, so none may change it in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The campaign row read and parsed once, not at every call (every action reads it). What changes it: only a
 * `campaigns.put` in a transaction of this process (the setup function, the seed at start); the cache is dropped
 * when such a transaction settles, so no read after its commit sees the old row. A deadline extension is not in
 * the row (`units.deadlineFor`, read at each call). The local runtime is the one process writing DATA_DIR while
 * it runs; a campaign changed by another process is seen after a restart.
 */
export function withCampaignCache(db: Db): Db {
  const cache = new Map<string, Campaign>();
  const campaigns: Repositories['campaigns'] = {
    async get(id) {
      const hit = cache.get(id);
      if (hit) return hit;
      const campaign = await db.read.campaigns.get(id);
      if (campaign) cache.set(id, deepFreeze(campaign));
      return campaign;
    },
    async put(campaign) {
      cache.clear();
      await db.read.campaigns.put(campaign);
    },
  };
  return {
    ...db,
    read: { ...db.read, campaigns },
    async transaction(work) {
      let touched = false;
      try {
        return await db.transaction((tx) =>
          work({
            ...tx,
            campaigns: {
              get: (id) => tx.campaigns.get(id),
              put: (campaign) => {
                touched = true;
                return tx.campaigns.put(campaign);
              },
            },
          }),
        );
      } finally {
        if (touched) cache.clear();
      }
    },
  };
}
