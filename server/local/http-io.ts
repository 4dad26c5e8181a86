import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from '../../domain/api/envelope';
import { AppError } from '../core/app-error';

export const JSON_BODY_LIMIT = 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** An error as HTTP: the envelope, and `Retry-After` when the caller is told to wait (`RATE_LIMITED`). */
export function sendError(res: ServerResponse, status: number, error: AppError): void {
  const reply: Reply = { ok: false, error: error.toReplyError() };
  sendJson(res, status, reply, error.retryAfterSec === undefined ? {} : { 'retry-after': String(error.retryAfterSec) });
}

/** Reads the whole body, refusing (without buffering the rest) once it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new AppError('PAYLOAD_TOO_LARGE'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new AppError('PAYLOAD_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
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
