import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createHttpServer } from '../../../server/local/http-server';
import type { Harness } from './harness';

export interface Served {
  base: string;
  server: http.Server;
  /** A dev-login token for a seeded user. */
  login(as: string): Promise<string>;
  /** POSTs a raw body to a function; answers the HTTP status and the parsed reply. */
  callRaw(fn: string, body: string | Uint8Array, token?: string): Promise<{ status: number; reply: unknown }>;
  close(): Promise<void>;
}

/** The local HTTP runtime over a harness, on a free port of 127.0.0.1. */
export async function serve(h: Harness): Promise<Served> {
  const server = createHttpServer(h.runtime, '/nonexistent');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (path: string, body: string | Uint8Array, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body: typeof body === 'string' ? body : new Uint8Array(body),
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  return {
    base,
    server,
    async login(as) {
      return ((await (await post('/api/dev/login', JSON.stringify({ as }))).json()) as { token: string }).token;
    },
    async callRaw(fn, body, token) {
      const response = await post(`/api/fn/${fn}`, body, token);
      return { status: response.status, reply: await response.json() };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface StreamedUpload {
  status: number;
  reply: unknown;
  /** Bytes the client got to hand over: it keeps sending after the reply until done or cut off. */
  sent: number;
}

/**
 * Streams `total` bytes of zeros (after `head`) without a content-length, 1 MiB at a time from one
 * reused buffer, so a test of the 500 MB cap allocates 1 MiB, not 500. The client does not stop at
 * the reply: only a server that stops reading (and closes) keeps it from sending everything.
 */
export function streamUpload(url: string, token: string, total: number, head = new Uint8Array(0)): Promise<StreamedUpload> {
  const chunk = Buffer.alloc(1024 * 1024);
  let sent = 0;
  const body = Readable.from(
    (function* () {
      if (head.length > 0) {
        sent += head.length;
        yield Buffer.from(head);
      }
      while (sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        yield piece;
      }
    })(),
  );
  return new Promise((resolve, reject) => {
    let answer: { status: number; reply: unknown } | null = null;
    let uploadSettled = false;
    const settle = () => {
      if (answer && uploadSettled) resolve({ ...answer, sent });
    };
    const request = http.request(url, { method: 'PUT', headers: { authorization: `Bearer ${token}` } }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        answer = { status: response.statusCode ?? 0, reply: JSON.parse(Buffer.concat(parts).toString('utf8')) };
        settle();
      });
    });
    request.on('finish', () => {
      uploadSettled = true;
      settle();
    });
    // Once the server has answered it may close mid-upload: the reply is what counts, not the broken pipe.
    request.on('error', (error) => {
      body.destroy();
      uploadSettled = true;
      if (!answer) reject(error);
      else settle();
    });
    body.pipe(request);
  });
}
