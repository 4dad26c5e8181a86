import type { BucketState, RateBuckets } from '../../core/ports';
import { docAccess, docId, isMissingCollection } from './cloud-docs';
import type { WxDatabase } from './wx-sdk-surface';

type CallerBuckets = Partial<Record<'write' | 'upload', BucketState>>;

/**
 * One small document per caller in `rate_limits` (its write and upload buckets), read and set by
 * id: one read and at most one write a call, no transaction. Calls of one person that race may
 * each spend the same token, so a burst can pass by as many calls as run at once; the limit is
 * about people and scripts over seconds, which this holds. Before setup made the collection, nothing is limited.
 */
export function cloudRateBuckets(database: WxDatabase): RateBuckets {
  const docs = docAccess(database);
  return {
    async spend(key, kind, step) {
      try {
        const stored = (await docs.get<CallerBuckets>('rate_limits', docId(key))) ?? {};
        const next = step(stored[kind] ?? null);
        if (next) await docs.set('rate_limits', docId(key), { ...stored, [kind]: next });
      } catch (error) {
        if (!isMissingCollection(error)) throw error;
      }
    },
  };
}
