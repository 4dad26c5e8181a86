import { randomUUID } from 'node:crypto';
import { applyUpdate, command, compareBy, type Doc, matches } from './double-query';

/** Every call the functions made, so a test can prove which queries the adapters built. */
export interface DbCall {
  collection: string;
  op: string;
  id?: string;
  where?: unknown;
  orderBy?: [string, 'asc' | 'desc'][];
  skip?: number;
  limit?: number;
  transaction?: boolean;
}

const sdkError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg });
// What crosses the wire is JSON: undefined fields vanish and nothing is shared with the caller.
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * TEST DOUBLE of wx-server-sdk's document database (the WxDatabase surface): collections must be
 * created first, a missing document rejects as the SDK does, `set` refuses an `_id` in its data,
 * the server SDK's 1000-document cap on `limit` holds, and a transaction rolls back on a throw.
 */
export class DatabaseDouble {
  readonly collections = new Map<string, Map<string, Doc>>();
  readonly calls: DbCall[] = [];
  readonly command = command;

  private store(name: string): Map<string, Doc> {
    const docs = this.collections.get(name);
    if (!docs) throw sdkError(-502005, `database collection not exists: ${name}`);
    return docs;
  }

  async createCollection(name: string) {
    this.calls.push({ collection: name, op: 'createCollection' });
    if (this.collections.has(name)) throw sdkError(-501001, `createCollection:fail collection ${name} already exists`);
    this.collections.set(name, new Map());
    return { errMsg: 'createCollection:ok' };
  }

  collection(name: string) {
    return Object.assign(this.query(name, {}), {
      doc: (id: string) => this.doc(name, id, false),
      add: (o: { data: Doc }) => this.add(name, o),
    });
  }

  async runTransaction<R>(work: (tx: { collection(name: string): { doc(id: string): ReturnType<DatabaseDouble['doc']> } }) => Promise<R>) {
    const snapshot = new Map([...this.collections].map(([name, docs]) => [name, new Map([...docs].map(([id, d]) => [id, wire(d)]))]));
    try {
      return await work({ collection: (name) => ({ doc: (id) => this.doc(name, id, true) }) });
    } catch (error) {
      this.collections.clear();
      for (const [name, docs] of snapshot) this.collections.set(name, docs);
      throw error;
    }
  }

  /** The stored document (with `_id`), for assertions. */
  peek(collection: string, id: string): Doc | undefined {
    const doc = this.collections.get(collection)?.get(id);
    return doc ? { _id: id, ...wire(doc) } : undefined;
  }

  private async add(name: string, { data }: { data: Doc }) {
    const id = typeof data._id === 'string' ? data._id : randomUUID().replace(/-/g, '');
    const { _id: _ignored, ...rest } = wire(data);
    this.calls.push({ collection: name, op: 'add', id });
    this.store(name).set(id, rest);
    return { _id: id };
  }

  private doc(name: string, id: string, transaction: boolean) {
    const log = (op: string) => this.calls.push({ collection: name, op, id, transaction });
    return {
      get: async () => {
        log('doc.get');
        const doc = this.store(name).get(id);
        if (!doc) throw sdkError(-1, `document.get:fail document with _id ${id} does not exist`);
        return { data: { _id: id, ...wire(doc) }, errMsg: 'document.get:ok' };
      },
      set: async ({ data }: { data: Doc }) => {
        log('doc.set');
        if (Object.hasOwn(data, '_id')) throw sdkError(-501007, '不能更新_id的值');
        this.store(name).set(id, wire(data));
        return { stats: { updated: 1 } };
      },
      update: async ({ data }: { data: Doc }) => {
        log('doc.update');
        const docs = this.store(name);
        const doc = docs.get(id);
        if (doc) docs.set(id, wire(applyUpdate(doc, data)));
        return { stats: { updated: doc ? 1 : 0 } };
      },
      remove: async () => {
        log('doc.remove');
        return { stats: { removed: this.store(name).delete(id) ? 1 : 0 } };
      },
    };
  }

  private query(name: string, state: { where?: unknown; orderBy?: [string, 'asc' | 'desc'][]; skip?: number; limit?: number }) {
    const next = (change: typeof state) => this.query(name, { ...state, ...change });
    const selected = () =>
      [...this.store(name)].map(([id, d]) => ({ _id: id, ...d })).filter((d) => state.where === undefined || matches(d, state.where));
    const log = (op: string) => this.calls.push({ collection: name, op, ...state });
    return {
      where: (where: unknown) => next({ where }),
      orderBy: (field: string, order: 'asc' | 'desc') => next({ orderBy: [...(state.orderBy ?? []), [field, order]] }),
      skip: (skip: number) => next({ skip }),
      limit: (limit: number) => {
        if (limit > 1000) throw sdkError(-501007, 'limit must not exceed 1000');
        return next({ limit });
      },
      get: async () => {
        log('get');
        const sorted = selected().sort(compareBy(state.orderBy ?? []));
        const from = state.skip ?? 0;
        return { data: wire(sorted.slice(from, from + (state.limit ?? 100))), errMsg: 'collection.get:ok' };
      },
      count: async () => {
        log('count');
        return { total: selected().length };
      },
      update: async ({ data }: { data: Doc }) => {
        log('update');
        const docs = this.store(name);
        const hits = selected();
        for (const { _id, ...doc } of hits) docs.set(_id, wire(applyUpdate(doc, data)));
        return { stats: { updated: hits.length } };
      },
    };
  }
}
