import type http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../../../server/local/http-server';
import type { Harness } from './harness';
import { httpClient } from './http-client';

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
  return {
    base,
    server,
    login: httpClient(base).login,
    async callRaw(fn, body, token) {
      const response = await fetch(`${base}/api/fn/${fn}`, {
        method: 'POST',
        body: typeof body === 'string' ? body : new Uint8Array(body),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      return { status: response.status, reply: await response.json() };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface StreamedUpload {
  status: number;
  reply: unknown;
  /** Bytes of the body the client got to hand over: it sends on after the reply until done or cut off. */
  sent: number;
}

/**
 * PUTs `total` bytes of zeros (after `head`), chunked, 1 MiB at a time from one reused buffer, so a
 * test of the 500 MB cap allocates 1 MiB, not 500. A raw socket, not node:http: the client must go
 * on sending after the reply (only a server that stops reading stops it) and still read the reply
 * when the server then closes, where node:http drops it on the broken pipe.
 */
export function streamUpload(url: string, token: string, total: number, head = new Uint8Array(0)): Promise<StreamedUpload> {
  const target = new URL(url);
  const chunk = Buffer.alloc(1024 * 1024);
  let sent = 0;
  const received: Buffer[] = [];
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(target.port), target.hostname);
    socket.on('data', (part: Buffer) => received.push(part));
    // The server's FIN: it has answered and will read no more, so stop sending.
    socket.on('end', () => socket.destroy());
    socket.on('error', () => {}); // EPIPE / ECONNRESET once the server closes: expected, the reply is what counts
    socket.on('close', () => {
      try {
        resolve({ ...parseReply(Buffer.concat(received)), sent });
      } catch (error) {
        reject(error);
      }
    });
    // One chunk of the chunked encoding; false once the socket's buffer is full (wait for 'drain').
    const write = (bytes: Uint8Array) => {
      socket.write(`${bytes.length.toString(16)}\r\n`);
      socket.write(bytes);
      return socket.write('\r\n');
    };
    const pump = () => {
      while (sent < total && !socket.destroyed) {
        const piece = sent === 0 && head.length > 0 ? head : chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!write(piece)) return void socket.once('drain', pump);
      }
      if (!socket.destroyed) socket.end('0\r\n\r\n');
    };
    socket.on('connect', () => {
      socket.write(
        `PUT ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: Bearer ${token}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
      );
      pump();
    });
  });
}

/** Status and JSON body of a raw HTTP/1.1 reply, whole or chunked. */
function parseReply(raw: Buffer): { status: number; reply: unknown } {
  const text = raw.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no HTTP reply received (${raw.length} bytes)`);
  const head = text.slice(0, split);
  let body = text.slice(split + 4);
  if (/^transfer-encoding:\s*chunked/im.test(head)) {
    let decoded = '';
    for (let size = Number.parseInt(body, 16); size > 0; size = Number.parseInt(body, 16)) {
      const start = body.indexOf('\r\n') + 2;
      decoded += Buffer.from(body.slice(start)).subarray(0, size).toString('utf8');
      body = Buffer.from(body.slice(start))
        .subarray(size + 2)
        .toString('utf8');
    }
    body = decoded;
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), reply: JSON.parse(body) };
}
