import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

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

/** Serves the built H5 app; `/` is its index.html (the hash router needs no other fallback). */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): boolean {
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const full = path.resolve(root, `.${relative}`);
  if (!full.startsWith(path.resolve(root) + path.sep)) return false;
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) return false;
  const type = TYPES[path.extname(full)] ?? 'application/octet-stream';
  // Hashed asset names can be cached for good; index.html must always be fresh.
  const cache = relative === '/index.html' ? 'no-cache' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'content-type': type, 'cache-control': cache });
  fs.createReadStream(full).pipe(res);
  return true;
}
