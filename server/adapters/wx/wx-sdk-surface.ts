/**
 * The part of wx-server-sdk this server uses, typed here (the package ships no types). Tests run
 * the cloud adapters against a test double of exactly this surface.
 */
export interface WxQueryResult<T> {
  data: T[];
}

export interface WxDocRef<T> {
  get(): Promise<{ data: T }>;
  set(options: { data: Omit<T, '_id'> }): Promise<unknown>;
  update(options: { data: Partial<T> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<unknown>;
}

export interface WxQuery<T> {
  where(condition: Record<string, unknown>): WxQuery<T>;
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery<T>;
  limit(n: number): WxQuery<T>;
  skip(n: number): WxQuery<T>;
  get(): Promise<WxQueryResult<T>>;
  count(): Promise<{ total: number }>;
  update(options: { data: Partial<T> }): Promise<{ stats: { updated: number } }>;
}

export interface WxCollection<T> extends WxQuery<T> {
  doc(id: string): WxDocRef<T>;
  add(options: { data: T }): Promise<{ _id: string }>;
}

export interface WxCommand {
  in(values: unknown[]): unknown;
  nin(values: unknown[]): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  eq(value: unknown): unknown;
  or(conditions: unknown[]): unknown;
  and(conditions: unknown[]): unknown;
  inc(n: number): unknown;
}

export interface WxTransaction {
  collection<T>(name: string): { doc(id: string): WxDocRef<T> };
}

export interface WxDatabase {
  command: WxCommand;
  collection<T>(name: string): WxCollection<T>;
  /** Rejects when the collection exists already. */
  createCollection(name: string): Promise<unknown>;
  runTransaction<R>(work: (tx: WxTransaction) => Promise<R>): Promise<R>;
}

export interface WxCloud {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  database(): WxDatabase;
  getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; SOURCE?: string };
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(options: { fileList: string[] }): Promise<unknown>;
  openapi: {
    subscribeMessage: {
      send(options: {
        touser: string;
        templateId: string;
        page?: string;
        data: Record<string, { value: string }>;
        miniprogramState?: 'developer' | 'trial' | 'formal';
      }): Promise<unknown>;
    };
    security: {
      mediaCheckAsync(options: {
        mediaUrl: string;
        mediaType: number;
        version: number;
        openid: string;
        scene: number;
      }): Promise<{ traceId?: string }>;
      /** Rejects (with errCode) unless WeChat answered errCode 0. */
      msgSecCheck(options: { content: string; version: 2; scene: number; openid: string }): Promise<{
        errCode?: number;
        result?: { suggest?: string; label?: number };
        detail?: { strategy?: string; suggest?: string; label?: number; prob?: number; keyword?: string }[];
        traceId?: string;
      }>;
    };
  };
}
