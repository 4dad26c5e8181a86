import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Reply } from '../../domain/api/envelope';
import { AppError } from '../core/app-error';
import { EVENT_SIZE_LIMIT } from '../core/event-size';

/** A function call's body: the same cap as an event in the cloud. */
export const JSON_BODY_LIMIT = EVENT_SIZE_LIMIT;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  const unread = !res.req.complete;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    // A body left unread (refused past its cap, or before it was read) is never read on.
    ...(unread ? { connection: 'close' } : {}),
    ...headers,
  });
  if (unread && res.socket) closeWithoutReading(res.socket);
  res.end(text);
}

/** How long a connection whose body was refused stays half-open, so the client can read the reply. */
const LINGER_MS = 2000;

/**
 * Node closes a `connection: close` socket as soon as the reply is out; with the refused body's
 * bytes still unread that close is a reset, and a client still sending may lose the reply. So the
 * reply is followed by our FIN only, nothing more is read, and the socket is dropped a moment later.
 */
function closeWithoutReading(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

/** An error as HTTP: the envelope, and `Retry-After` when the caller is told to wait (`RATE_LIMITED`). */
export function sendError(res: ServerResponse, status: number, error: AppError): void {
  const reply: Reply = { ok: false, error: error.toReplyError() };
  sendJson(res, status, reply, error.retryAfterSec === undefined ? {} : { 'retry-after': String(error.retryAfterSec) });
}

/**
 * Reads the whole body, refusing once it passes `limit` bytes. The rest is never read: the request
 * stays paused and the reply closes the connection, so a client cannot make the server take in
 * 500 MB only to be told "too large".
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const refuse = () => {
      req.removeAllListeners('data');
      req.pause();
      reject(new AppError('PAYLOAD_TOO_LARGE'));
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) return refuse();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return refuse();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    // A client that goes away mid-body: Node 20 closes the request without an error.
    req.on('close', () => {
      if (!req.complete) reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    });
  });
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

/** Parses a JSON body into an event object, or says why not in the envelope's terms. */
export function parseEvent(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('VALIDATION_FAILED', '请求内容不是有效的 JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('VALIDATION_FAILED', '请求内容必须是一个 JSON 对象');
  }
  return value as Record<string, unknown>;
}
