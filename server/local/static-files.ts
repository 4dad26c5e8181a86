import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Text shrinks to a fraction; images and woff2 are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ico', '.ttf']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

type Encoding = 'br' | 'gzip';

interface Compressed {
  mtimeMs: number;
  size: number;
  /** Made off the event loop (zlib's thread pool) at the file's first request, then kept: the build does not change while served. */
  versions: Record<Encoding, Promise<Buffer>>;
}

const compressed = new Map<string, Compressed>();

function compressedVersions(full: string, stat: fs.Stats): Compressed['versions'] {
  const known = compressed.get(full);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.versions;
  const bytes = fs.promises.readFile(full);
  const versions = {
    br: bytes.then((b) =>
      brotli(b, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        },
      }),
    ),
    gzip: bytes.then((b) => gzip(b, { level: zlib.constants.Z_BEST_COMPRESSION })),
  };
  compressed.set(full, { mtimeMs: stat.mtimeMs, size: stat.size, versions });
  // A failed read must not stay cached.
  Promise.all([versions.br, versions.gzip]).catch(() => compressed.delete(full));
  return versions;
}

/** The best encoding the client accepts (RFC 9110 §12.5.3), brotli first; null for none. */
export function preferredEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name) accepted.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  return weight('gzip') > 0 ? 'gzip' : null;
}

/**
 * Serves the built H5 app; `/` is its index.html (the hash router needs no other fallback). Text goes out
 * brotli- or gzip-compressed as the client accepts; hashed asset names are cached for a year, index.html
 * is revalidated every time (it names the current assets).
 */
export async function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const full = path.resolve(root, `.${relative}`);
  if (!full.startsWith(path.resolve(root) + path.sep)) return false;
  const stat = await fs.promises.stat(full).catch(() => null);
  if (!stat?.isFile()) return false;
  const extension = path.extname(full);
  const headers: Record<string, string | number> = {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'cache-control': relative === '/index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  };
  if (COMPRESSIBLE.has(extension)) {
    headers.vary = 'accept-encoding';
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    if (encoding) {
      const body = await compressedVersions(full, stat)[encoding];
      res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.byteLength });
      res.end(body);
      return true;
    }
  }
  res.writeHead(200, { ...headers, 'content-length': stat.size });
  fs.createReadStream(full).pipe(res);
  return true;
}

/** Compresses every text file of the build in the background at start, so no visitor waits for brotli's best quality. */
export function precompressStatic(root: string): void {
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
    const full = path.join(entry.parentPath, entry.name);
    compressedVersions(full, fs.statSync(full));
  }
}
