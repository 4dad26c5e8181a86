import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { isFunctionName } from '../../domain/api/envelope';
import { AppError } from '../core/app-error';
import { resolveCaller } from '../core/caller';
import { admitUpload, mayReadFile, storeUpload, uploadCap, uploadKindSchema } from '../core/uploads';
import { FUNCTIONS } from '../functions';
import { bearerToken, JSON_BODY_LIMIT, parseEvent, readBody, sendError, sendJson } from './http-io';
import type { LocalRuntime } from './runtime';
import { downloadHeaders } from './download-headers';
import { serveStatic } from './static-files';

/** The local HTTP contract of API.md: the same handlers as the cloud, behind plain HTTP. */
export function createHttpServer(runtime: LocalRuntime, staticDir: string): http.Server {
  return http.createServer((req, res) => {
    route(runtime, staticDir, req, res).catch((error: unknown) => {
      // The client went away mid-request: nothing to answer, and nothing wrong with the server.
      if (isAborted(error)) {
        console.warn(`[http] ${req.method ?? 'GET'} ${pathOf(req)}: the client closed the connection before the request was complete`);
        return void res.destroy();
      }
      if (!(error instanceof AppError)) console.error('[http] unexpected error', error);
      const appError = error instanceof AppError ? error : new AppError('INTERNAL');
      // A refused upload is refused before its body is read: discard the rest instead of stalling the client.
      req.resume();
      if (!res.headersSent) sendError(res, statusOf(appError), appError);
      else res.destroy();
    });
  });
}

function statusOf(error: AppError): number {
  const statuses: Partial<Record<AppError['code'], number>> = {
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    PAYLOAD_TOO_LARGE: 413,
    STORAGE_FULL: 507,
    RATE_LIMITED: 429,
    INTERNAL: 500,
  };
  return statuses[error.code] ?? 400;
}

// Only the request stream's own failure: a refusal (an AppError) is answered even if the client is still sending.
function isAborted(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof AppError) return false;
  const code = 'code' in error ? error.code : undefined;
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || error.message === 'aborted';
}

// The log line names the path without its query (signed links carry their signature there).
const pathOf = (req: IncomingMessage) => (req.url ?? '/').split('?')[0].slice(0, 200);

/** A sign-in is a write: on a full disk the person is told STORAGE_FULL, and the log says what SQLite said. */
function sessionOrStorageFull(create: () => string): string {
  try {
    return create();
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'SQLITE_FULL')) throw error;
    console.error(`[sqlite] sign-in not stored: SQLITE_FULL: ${error.message}`);
    throw new AppError('STORAGE_FULL', '服务器存储空间已满，暂时无法登录，请联系主办单位');
  }
}

const MALFORMED = () => new AppError('VALIDATION_FAILED', '网址格式不正确');

/** The request's URL, refused as a bad request (400) when it cannot be read. */
function parsedUrl(raw: string | undefined): URL {
  let url: URL;
  try {
    url = new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    throw MALFORMED();
  }
  return url;
}

/** A URL path segment decoded, or null when its %-escapes are broken (decodeURIComponent throws). */
function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

async function route(runtime: LocalRuntime, staticDir: string, req: IncomingMessage, res: ServerResponse) {
  const url = parsedUrl(req.url);
  const method = req.method ?? 'GET';
  const token = bearerToken(req);

  if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });

  const fn = /^\/api\/fn\/([^/]+)$/.exec(url.pathname);
  if (fn && method === 'POST') {
    // Every envelope is HTTP 200 (API.md); the code inside says what happened.
    let event: Record<string, unknown>;
    try {
      event = parseEvent(await readBody(req, JSON_BODY_LIMIT));
    } catch (error) {
      if (error instanceof AppError) return sendJson(res, 200, { ok: false, error: error.toReplyError() });
      throw error;
    }
    const name = decodedOrNull(fn[1]) ?? fn[1];
    if (!isFunctionName(name))
      return sendJson(res, 200, { ok: false, error: new AppError('UNKNOWN_ACTION', `没有名为 ${name} 的云函数`).toReplyError() });
    return sendJson(res, 200, await FUNCTIONS[name].handle(event, runtime.portsFor(token)));
  }

  if (url.pathname === '/api/dev/users' && method === 'GET') {
    const read = runtime.portsFor(null).db.read;
    const [users, units] = await Promise.all([read.users.list(), read.units.list()]);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return sendJson(
      res,
      200,
      users.map((u) => ({
        id: u.id,
        role: u.role,
        name: u.name,
        ...(u.unitId ? { unitId: u.unitId, unitName: unitName.get(u.unitId) } : {}),
      })),
    );
  }
  if (url.pathname === '/api/dev/login' && method === 'POST') {
    const event = parseEvent(await readBody(req, JSON_BODY_LIMIT));
    const user = typeof event.as === 'string' ? await runtime.portsFor(null).db.read.users.get(event.as) : null;
    if (!user) throw new AppError('NOT_FOUND', '没有这个演示用户');
    return sendJson(res, 200, { token: sessionOrStorageFull(() => runtime.sessions.create(user.id, runtime.clock.now())) });
  }

  if (url.pathname === '/api/dev/logout' && method === 'POST') {
    if (token) runtime.sessions.end(token);
    return sendJson(res, 200, { ok: true });
  }

  if (url.pathname === '/api/files' && method === 'PUT') {
    const ports = runtime.portsFor(token);
    const kind = uploadKindSchema.safeParse(url.searchParams.get('kind'));
    if (!kind.success) throw new AppError('VALIDATION_FAILED', '请说明上传的是照片（photo）还是视频（video）');
    const caller = await admitUpload(ports);
    const bytes = await readBody(req, await uploadCap(ports, kind.data));
    return sendJson(res, 200, await storeUpload(ports, caller, kind.data, url.searchParams.get('name') ?? '', bytes));
  }

  const file = /^\/api\/files\/(.+)$/.exec(url.pathname);
  if (file && method === 'GET') {
    const ports = runtime.portsFor(token);
    const fileId = decodedOrNull(file[1]);
    if (fileId === null) throw new AppError('NOT_FOUND', '没有找到这个文件，或您无权查看');
    const name = url.searchParams.get('name');
    const signed = runtime.links.verify(fileId, url.searchParams.get('expires'), url.searchParams.get('sig'), name);
    if (!signed && !(await mayReadFile(ports, await resolveCaller(ports), fileId)))
      throw new AppError('NOT_FOUND', '没有找到这个文件，或您无权查看');
    const bytes = await ports.files.readAll(fileId);
    if (!bytes) throw new AppError('NOT_FOUND');
    res.writeHead(200, downloadHeaders(fileId, bytes.byteLength, signed ? name : null));
    return void res.end(bytes);
  }

  if (url.pathname.startsWith('/api/')) throw new AppError('NOT_FOUND', '没有这个接口');
  // A page path whose %-escapes do not decode is the client's mistake (the API routes answer theirs in their own terms).
  if (decodedOrNull(url.pathname) === null) throw MALFORMED();
  if ((method === 'GET' || method === 'HEAD') && fs.existsSync(staticDir) && serveStatic(staticDir, url.pathname, res)) return;
  throw new AppError('NOT_FOUND', '页面不存在');
}
