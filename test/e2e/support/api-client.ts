import fs from 'node:fs';
import type { FunctionName, Reply } from '../../../domain/api/envelope';
import { httpClient } from '../../server/support/http-client';

/** A reply's data; a refusal fails the scene setup with its code. */
function dataOr<T>(what: string, reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`${what}: ${reply.error.code} ${reply.error.message}`);
  return reply.data;
}

/** Drives the local HTTP contract directly, to set up a scene faster than through the UI. */
export function apiClient(baseUrl: string) {
  const http = httpClient(baseUrl);
  return {
    login: http.login,
    async call<T>(token: string, fn: FunctionName, event: Record<string, unknown>): Promise<T> {
      return dataOr(`${fn}.${String(event.action)}`, await http.call<T>(token, fn, event));
    },
    async upload(token: string, kind: 'photo' | 'video', file: string): Promise<string> {
      return dataOr(`upload ${kind}`, await http.upload(token, kind, 'x', new Uint8Array(fs.readFileSync(file)))).fileId;
    },
  };
}
