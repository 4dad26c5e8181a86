import type { WxDatabase, WxTransaction } from './wx-sdk-surface';

/** The cloud database returns at most 100 documents a query; every list pages with this. */
export const CLOUD_PAGE = 100;

/** Document reads and writes by id: the only operations a cloud-database transaction allows. */
export interface DocAccess {
  get<T>(collection: string, id: string): Promise<T | null>;
  set<T extends object>(collection: string, id: string, data: T): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
}

const stripId = <T extends object>(data: T): T => {
  const { _id: _ignored, ...rest } = data as T & { _id?: unknown };
  return rest as T;
};

export function docAccess(source: WxDatabase | WxTransaction): DocAccess {
  return {
    async get<T>(collection: string, id: string) {
      try {
        const { data } = await source.collection<T>(collection).doc(id).get();
        return data ? stripId(data as T & object) : null;
      } catch (error) {
        // The SDK rejects a missing document instead of returning null.
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async set<T extends object>(collection: string, id: string, data: T) {
      await source
        .collection<T>(collection)
        .doc(id)
        .set({ data: stripId(data) });
    },
    async remove(collection: string, id: string) {
      await source.collection(collection).doc(id).remove();
    },
  };
}

/** The cloud database's "collection not exists" (-502005): what a new environment answers before setup. */
export function isMissingCollection(error: unknown): boolean {
  const code = error && typeof error === 'object' ? (error as { errCode?: unknown }).errCode : undefined;
  return (
    code === -502005 || /collection not exist|DATABASE_COLLECTION_NOT_EXIST/i.test(error instanceof Error ? error.message : String(error))
  );
}

function isNotFound(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /not exist|cannot find document|DATABASE_DOCUMENT_NOT_EXIST|-502001|does not exist/i.test(text);
}

/** A stable document id made from parts that may contain any character. */
export function docId(...parts: string[]): string {
  return parts.map((p) => encodeURIComponent(p).replace(/%/g, '_')).join('~');
}
