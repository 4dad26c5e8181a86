import { adminFunction } from '../../functions/admin';
import type { CollectionSetup } from '../../functions/setup';
import { CLOUD_COLLECTIONS, describeIndexes } from './cloud-schema';
import { wxMain } from './wx-main';
import type { WxCloud, WxDatabase } from './wx-sdk-surface';

/** Does the collection answer a query? The SDK's "already exists" error has no stable text to match. */
async function exists(db: WxDatabase, name: string): Promise<boolean> {
  try {
    await db.collection(name).limit(1).get();
    return true;
  } catch {
    return false;
  }
}

/** Creates each missing collection; an existing one is left as it is, so setup can run again. */
export function cloudCollections(cloud: WxCloud): CollectionSetup {
  return {
    async ensure() {
      const db = cloud.database();
      const created: string[] = [];
      const existing: string[] = [];
      for (const name of Object.keys(CLOUD_COLLECTIONS)) {
        try {
          await db.createCollection(name);
          created.push(name);
        } catch (error) {
          if (!(await exists(db, name))) throw error;
          existing.push(name);
        }
      }
      return { created, existing, indexes: describeIndexes() };
    },
  };
}

/** The `admin` cloud function: setup with the cloud's collections and the deployment's SETUP_TOKEN. */
export function wxAdminMain(cloud: WxCloud) {
  return wxMain(adminFunction({ collections: cloudCollections(cloud), setupToken: () => process.env.SETUP_TOKEN }), cloud);
}
