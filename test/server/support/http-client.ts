import type { FunctionName, Reply, ReplyError } from '../../../domain/api/envelope';

/** The local runtime's HTTP contract (API.md) as a client: dev sign-in, function calls, uploads. */
export function httpClient(baseUrl: string) {
  const headers = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    baseUrl,
    async login(as: string): Promise<string> {
      const res = await fetch(`${baseUrl}/api/dev/login`, { method: 'POST', body: JSON.stringify({ as }) });
      const body = (await res.json()) as { token?: string };
      if (!body.token) throw new Error(`dev login as ${as} failed: ${JSON.stringify(body)}`);
      return body.token;
    },
    async call<T = unknown>(token: string, fn: FunctionName, event: Record<string, unknown>): Promise<Reply<T>> {
      const res = await fetch(`${baseUrl}/api/fn/${fn}`, {
        method: 'POST',
        headers: { ...headers(token), 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
      return (await res.json()) as Reply<T>;
    },
    /** `PUT /api/files`, its answer as a reply envelope (the route answers `{ fileId }` or an error envelope). */
    async upload(token: string, kind: 'photo' | 'video', name: string, bytes: Uint8Array<ArrayBuffer>): Promise<Reply<{ fileId: string }>> {
      const query = new URLSearchParams({ kind, name });
      const res = await fetch(`${baseUrl}/api/files?${query}`, { method: 'PUT', headers: headers(token), body: bytes });
      const body = (await res.json()) as { fileId?: string; ok?: false; error?: ReplyError };
      if (body.fileId) return { ok: true, data: { fileId: body.fileId } };
      return { ok: false, error: body.error ?? { code: 'INTERNAL', message: `HTTP ${res.status}` } };
    },
    async healthy(): Promise<boolean> {
      return (await fetch(`${baseUrl}/healthz`)).ok;
    },
  };
}

export type HttpClient = ReturnType<typeof httpClient>;
